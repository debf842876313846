"use client";

import { cn } from "./cn";
import { RadioItem, RadioRoot } from "./radio";

/** Name the group with aria-label / aria-labelledby, or put it in a `<FieldSet legend=…>`. */
export function RadioGroup({ className, ...props }: React.ComponentProps<typeof RadioRoot>) {
  return <RadioRoot data-slot="radio-group" className={cn("grid gap-3", className)} {...props} />;
}

/** A 20px radio whose invisible hit area extends to 44px; pair it with `<Label htmlFor>`. */
export function RadioGroupItem({ className, ...props }: React.ComponentProps<typeof RadioItem>) {
  return (
    <RadioItem
      data-slot="radio-group-item"
      className={cn(
        "group peer relative aspect-square size-5 shrink-0 cursor-pointer rounded-full border border-input bg-background text-primary shadow-xs outline-none transition-colors",
        "after:absolute after:-inset-3 after:content-['']",
        "focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:ring-offset-1 focus-visible:ring-offset-background",
        "data-[state=checked]:border-primary aria-invalid:border-destructive",
        "disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    >
      <RadioIndicator />
    </RadioItem>
  );
}

function RadioIndicator() {
  // Drawn for every radio and shown by the button's state, so a choice paints without a re-render of the dot.
  return (
    <span data-slot="radio-group-indicator" className="pointer-events-none hidden items-center justify-center group-data-[state=checked]:flex">
      <span className="size-2.5 rounded-full bg-primary" />
    </span>
  );
}
