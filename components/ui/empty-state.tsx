import { cn } from "./cn";

export type EmptyStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** A lucide icon (or any SVG component); it is decorative. */
  icon?: React.ComponentType<{ className?: string; "aria-hidden"?: boolean }>;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** A button or link, e.g. `<Button asChild><Link href="…">Add one</Link></Button>`. */
  action?: React.ReactNode;
  /** Heading level of the title (h2 by default, under the page's h1). */
  headingLevel?: 2 | 3 | 4;
};

/** What a list or page shows when it has nothing yet, with a hint of what to do next. */
export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  headingLevel = 2,
  className,
  ...props
}: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed border-border px-4 py-10 text-center sm:px-6 sm:py-12",
        className,
      )}
      {...props}
    >
      {Icon && (
        <div className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
          <Icon aria-hidden className="size-6" />
        </div>
      )}
      <div className="max-w-md space-y-1">
        <Heading className="text-base font-semibold text-foreground">{title}</Heading>
        {description && <p className="text-sm text-muted-foreground">{description}</p>}
      </div>
      {action && <div className="mt-1 flex flex-wrap items-center justify-center gap-2">{action}</div>}
    </div>
  );
}
