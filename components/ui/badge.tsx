import { cva, type VariantProps } from "class-variance-authority";
import { Slot } from "radix-ui";
import { cn } from "./cn";

export const badgeVariants = cva(
  [
    "inline-flex w-fit shrink-0 items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs leading-5 font-medium whitespace-nowrap",
    "[&>svg]:pointer-events-none [&>svg]:size-3.5 [&>svg]:shrink-0",
    "outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
  ],
  {
    variants: {
      variant: {
        default: "border-transparent bg-primary text-primary-foreground",
        secondary: "border-transparent bg-secondary text-secondary-foreground",
        outline: "border-input text-foreground",
        muted: "border-border bg-muted text-muted-foreground",
        info: "border-info-subtle-foreground/25 bg-info-subtle text-info-subtle-foreground",
        success: "border-success-subtle-foreground/25 bg-success-subtle text-success-subtle-foreground",
        warning: "border-warning-subtle-foreground/30 bg-warning-subtle text-warning-subtle-foreground",
        destructive: "border-transparent bg-destructive text-destructive-foreground",
        // Triage tiers: told apart by lightness and style as well as hue, and always by their word.
        "tier-emergency": "border-transparent bg-tier-emergency font-semibold text-tier-emergency-foreground",
        "tier-same-day": "border-tier-same-day-foreground/30 bg-tier-same-day font-semibold text-tier-same-day-foreground",
        "tier-routine": "border-tier-routine-foreground/30 bg-tier-routine text-tier-routine-foreground",
        "tier-watch": "border-dashed border-tier-watch-foreground/50 bg-tier-watch text-tier-watch-foreground",
      },
    },
    defaultVariants: { variant: "default" },
  },
);

export type BadgeVariant = NonNullable<VariantProps<typeof badgeVariants>["variant"]>;

export type BadgeProps = React.ComponentProps<"span"> &
  VariantProps<typeof badgeVariants> & {
    asChild?: boolean;
  };

export function Badge({ className, variant, asChild = false, ...props }: BadgeProps) {
  const Comp = asChild ? Slot.Root : "span";
  return <Comp data-slot="badge" data-variant={variant ?? "default"} className={cn(badgeVariants({ variant }), className)} {...props} />;
}
