"use client";

import { CheckIcon, MinusIcon } from "lucide-react";
import { cn } from "./cn";

type CheckedState = boolean | "indeterminate";

type CheckboxProps = Omit<React.ComponentProps<"button">, "onChange" | "value"> & {
  checked?: CheckedState;
  onCheckedChange?: (checked: CheckedState) => void;
};

const stateOf = (checked: CheckedState) => (checked === "indeterminate" ? "indeterminate" : checked ? "checked" : "unchecked");

/**
 * A 20px box whose invisible hit area extends to 44px (pair it with a `<Label htmlFor>` or wrap both
 * in a `<label>`). Supports `checked="indeterminate"`. A button with role="checkbox", the markup
 * Radix's checkbox renders, without its library: every control state lives in the forms above it.
 */
export function Checkbox({ className, checked = false, onCheckedChange, onClick, onKeyDown, ...props }: CheckboxProps) {
  const state = stateOf(checked);
  return (
    <button
      type="button"
      role="checkbox"
      aria-checked={checked === "indeterminate" ? "mixed" : checked}
      data-state={state}
      data-disabled={props.disabled ? "" : undefined}
      data-slot="checkbox"
      className={cn(
        "peer relative size-5 shrink-0 cursor-pointer rounded-sm border border-input bg-background shadow-xs outline-none transition-colors",
        "after:absolute after:-inset-3 after:content-['']",
        "focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:ring-offset-1 focus-visible:ring-offset-background",
        "data-[state=checked]:border-primary data-[state=checked]:bg-primary data-[state=checked]:text-primary-foreground",
        "data-[state=indeterminate]:border-primary data-[state=indeterminate]:bg-primary data-[state=indeterminate]:text-primary-foreground",
        "aria-invalid:border-destructive",
        "disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      onKeyDown={(e) => {
        onKeyDown?.(e);
        // As for a native checkbox, Enter does not toggle it (Space does).
        if (e.key === "Enter") e.preventDefault();
      }}
      onClick={(e) => {
        onClick?.(e);
        if (!e.defaultPrevented) onCheckedChange?.(checked === "indeterminate" ? true : !checked);
      }}
      {...props}
    >
      {state !== "unchecked" && (
        <span data-slot="checkbox-indicator" data-state={state} className="group pointer-events-none flex items-center justify-center text-current">
          <CheckIcon aria-hidden className="size-4 group-data-[state=indeterminate]:hidden" strokeWidth={3} />
          <MinusIcon aria-hidden className="hidden size-4 group-data-[state=indeterminate]:block" strokeWidth={3} />
        </span>
      )}
    </button>
  );
}
