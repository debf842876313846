import { cva, type VariantProps } from "class-variance-authority";
import { CircleAlertIcon, CircleCheckIcon, InfoIcon, TriangleAlertIcon } from "lucide-react";
import { useId } from "react";
import { cn } from "./cn";

export const alertVariants = cva("flex items-start gap-3 rounded-lg border p-4 text-sm", {
  variants: {
    variant: {
      info: "border-info-subtle-foreground/25 bg-info-subtle text-info-subtle-foreground",
      warning: "border-warning-subtle-foreground/30 bg-warning-subtle text-warning-subtle-foreground",
      destructive: "border-destructive-subtle-foreground/30 bg-destructive-subtle text-destructive-subtle-foreground",
      success: "border-success-subtle-foreground/25 bg-success-subtle text-success-subtle-foreground",
    },
  },
  defaultVariants: { variant: "info" },
});

type AlertVariant = NonNullable<VariantProps<typeof alertVariants>["variant"]>;

const ICONS: Record<AlertVariant, React.ComponentType<{ className?: string; "aria-hidden"?: boolean }>> = {
  info: InfoIcon,
  warning: TriangleAlertIcon,
  destructive: CircleAlertIcon,
  success: CircleCheckIcon,
};

/**
 * An alert must have an accessible name, because tests and assistive tech find it by role + name
 * (`getByRole("status", { name: "Sign-in problem" })`); a bare `getByRole("alert")` would also match
 * Next's route announcer. Give either `title` (shown, and used as the name) or `aria-label` /
 * `aria-labelledby`.
 */
type AlertName =
  | { title: NonNullable<React.ReactNode>; "aria-label"?: string; "aria-labelledby"?: string }
  | { title?: React.ReactNode; "aria-label": string; "aria-labelledby"?: string }
  | { title?: React.ReactNode; "aria-label"?: string; "aria-labelledby": string };

export type AlertProps = Omit<React.ComponentProps<"div">, "title" | "aria-label" | "aria-labelledby"> &
  VariantProps<typeof alertVariants> &
  AlertName & {
    /** Replace the variant's icon, or `false` for none. */
    icon?: React.ComponentType<{ className?: string; "aria-hidden"?: boolean }> | false;
  };

/**
 * A message box. `role="status"` (polite) by default; pass `role="alert"` only for something that
 * must interrupt. Children are the message body.
 */
export function Alert({
  className,
  variant,
  title,
  icon,
  role = "status",
  children,
  "aria-label": ariaLabel,
  "aria-labelledby": ariaLabelledBy,
  ...props
}: AlertProps) {
  const titleId = useId();
  const hasTitle = title !== undefined && title !== null && title !== false && title !== "";
  const Icon = icon === false ? null : (icon ?? ICONS[variant ?? "info"]);
  return (
    <div
      data-slot="alert"
      data-variant={variant ?? "info"}
      role={role}
      aria-label={ariaLabel}
      aria-labelledby={ariaLabelledBy ?? (ariaLabel ? undefined : hasTitle ? titleId : undefined)}
      className={cn(alertVariants({ variant }), className)}
      {...props}
    >
      {Icon && <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />}
      <div className="min-w-0 flex-1 space-y-1">
        {hasTitle && <AlertTitle id={titleId}>{title}</AlertTitle>}
        {children !== undefined && children !== null && (
          <div data-slot="alert-description" className="leading-relaxed [&_a]:font-medium [&_a]:underline [&_p]:leading-relaxed">
            {children}
          </div>
        )}
      </div>
    </div>
  );
}

export function AlertTitle({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="alert-title" className={cn("leading-snug font-semibold", className)} {...props} />;
}

export function AlertDescription({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="alert-description" className={cn("leading-relaxed", className)} {...props} />;
}
