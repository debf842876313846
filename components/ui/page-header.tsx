import { cn } from "./cn";

export type PageHeaderProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** The page's h1. */
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Buttons or links shown beside the title (below it on phones). */
  actions?: React.ReactNode;
};

export function PageHeader({ title, description, actions, className, children, ...props }: PageHeaderProps) {
  return (
    <div
      data-slot="page-header"
      className={cn("mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between sm:gap-6", className)}
      {...props}
    >
      <div className="min-w-0 space-y-1">
        <h1 className="text-2xl leading-tight font-semibold tracking-tight text-balance sm:text-3xl">{title}</h1>
        {description && <p className="max-w-prose text-sm text-muted-foreground sm:text-base">{description}</p>}
        {children}
      </div>
      {actions && (
        <div data-slot="page-header-actions" className="flex shrink-0 flex-wrap items-center gap-2" data-print-hide>
          {actions}
        </div>
      )}
    </div>
  );
}
