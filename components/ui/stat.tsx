import { cn } from "./cn";

export type StatProps = Omit<React.ComponentProps<"div">, "title"> & {
  label: React.ReactNode;
  value: React.ReactNode;
  /** Small print under the value ("last 7 days", "2 more than last week"). */
  hint?: React.ReactNode;
  /** A decorative icon shown beside the label. */
  icon?: React.ComponentType<{ className?: string; "aria-hidden"?: boolean }>;
  /** Colours the left edge to draw the eye; the label and hint must still say why. */
  tone?: "default" | "success" | "warning" | "destructive" | "info";
};

const TONE: Record<NonNullable<StatProps["tone"]>, string> = {
  default: "",
  success: "border-l-4 border-l-success",
  warning: "border-l-4 border-l-warning",
  destructive: "border-l-4 border-l-destructive",
  info: "border-l-4 border-l-info",
};

/** A key-figure tile: a label, a big value and an optional hint, as a description list. */
export function Stat({ label, value, hint, icon: Icon, tone = "default", className, ...props }: StatProps) {
  return (
    <div
      data-slot="stat"
      className={cn("rounded-lg border border-border bg-card p-4 text-card-foreground shadow-xs", TONE[tone], className)}
      {...props}
    >
      <dl className="flex flex-col gap-1">
        <dt className="flex items-center gap-1.5 text-sm font-medium text-muted-foreground">
          {Icon && <Icon aria-hidden className="size-4 shrink-0" />}
          {label}
        </dt>
        <dd className="text-2xl leading-tight font-semibold tracking-tight tabular-nums sm:text-3xl">{value}</dd>
        {hint && <dd className="text-xs text-muted-foreground">{hint}</dd>}
      </dl>
    </div>
  );
}
