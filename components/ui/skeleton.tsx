import { cn } from "./cn";

export type SkeletonProps = React.ComponentProps<"div"> & {
  /**
   * What screen readers hear while this placeholder shows ("Loading" by default). Set
   * `decorative` instead when several skeletons make up one placeholder and another element
   * already announces the loading state.
   */
  label?: string;
  decorative?: boolean;
};

/** A pulsing placeholder block; size it with classes (`h-8 w-40`). */
export function Skeleton({ className, label = "Loading", decorative = false, children, ...props }: SkeletonProps) {
  return (
    <div
      data-slot="skeleton"
      {...(decorative ? { "aria-hidden": true } : { role: "status", "aria-label": label, "aria-busy": true })}
      className={cn("animate-pulse rounded-md bg-muted motion-reduce:animate-none", className)}
      {...props}
    >
      {decorative ? children : (children ?? <span className="sr-only">{label}…</span>)}
    </div>
  );
}
