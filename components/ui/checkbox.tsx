"use client";

import { CheckIcon, MinusIcon } from "lucide-react";
import { useEffect } from "react";
import { cn } from "./cn";
import { useEarlyTick } from "./use-early-tick";

export type CheckboxProps = Omit<React.ComponentProps<"input">, "type" | "checked" | "defaultChecked" | "onChange" | "className"> & {
  checked?: boolean | "indeterminate";
  onCheckedChange?: (checked: boolean) => void;
  /**
   * Whether this box hands over a tick made before React took over (default true). A group whose
   * value is one list hands its boxes over together instead: one at a time, each would overwrite
   * the others with the list it saw at first.
   */
  handOverEarlyTick?: boolean;
  /** Goes on the 20px box, the element the layout places. */
  className?: string;
};

/**
 * The browser's own checkbox, drawn as a 20px box whose invisible hit area extends to 44px (pair it
 * with a `<Label htmlFor>` or wrap both in a `<label>`). Supports `checked="indeterminate"`.
 */
export function Checkbox({ checked, onCheckedChange, handOverEarlyTick = true, className, ref, ...props }: CheckboxProps) {
  const indeterminate = checked === "indeterminate";
  const { input, setRef } = useEarlyTick({ checked: checked === true, onCheckedChange, ref, handOver: handOverEarlyTick && !indeterminate });
  useEffect(() => {
    if (input.current) input.current.indeterminate = indeterminate;
  }, [input, indeterminate]);

  return (
    <span data-slot="checkbox" data-disabled={props.disabled || undefined} className={cn("peer relative inline-flex has-[:disabled]:opacity-50 size-5 shrink-0", className)}>
      <input
        ref={setRef}
        type="checkbox"
        // Form restoring (back button) would tick the box behind React's back.
        autoComplete="off"
        checked={checked === true}
        onChange={(e) => onCheckedChange?.(e.target.checked)}
        className="peer absolute -inset-3 z-10 m-0 cursor-pointer appearance-none bg-transparent outline-none disabled:cursor-not-allowed"
        {...props}
      />
      <span
        aria-hidden
        className={cn(
          "pointer-events-none size-5 rounded-sm border border-input bg-background shadow-xs transition-colors",
          "peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/50 peer-focus-visible:ring-offset-1 peer-focus-visible:ring-offset-background",
          "peer-checked:border-primary peer-checked:bg-primary peer-indeterminate:border-primary peer-indeterminate:bg-primary",
          "peer-aria-invalid:border-destructive",
        )}
      />
      <CheckIcon aria-hidden strokeWidth={3} className="pointer-events-none invisible absolute inset-0.5 size-4 text-primary-foreground peer-checked:visible" />
      <MinusIcon aria-hidden strokeWidth={3} className="pointer-events-none invisible absolute inset-0.5 size-4 text-primary-foreground peer-indeterminate:visible" />
    </span>
  );
}
