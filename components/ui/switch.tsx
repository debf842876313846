"use client";

import { cn } from "./cn";
import { useEarlyTick } from "./use-early-tick";

export type SwitchProps = Omit<React.ComponentProps<"input">, "type" | "role" | "checked" | "defaultChecked" | "onChange" | "className"> & {
  checked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
  /** Goes on the track, the element the layout places. */
  className?: string;
};

/**
 * An on/off switch: the browser's own checkbox with role="switch", so it is announced as a switch
 * and toggles with Space. The hit area is 44px tall. Label it with `<Label htmlFor>` or aria-label.
 */
export function Switch({ checked, onCheckedChange, className, ref, ...props }: SwitchProps) {
  const { setRef } = useEarlyTick({ checked: checked === true, onCheckedChange, ref });

  return (
    <span data-slot="switch" data-disabled={props.disabled || undefined} className={cn("peer relative inline-flex has-[:disabled]:opacity-50 h-6 w-11 shrink-0", className)}>
      <input
        ref={setRef}
        type="checkbox"
        role="switch"
        autoComplete="off"
        checked={checked === true}
        onChange={(e) => onCheckedChange?.(e.target.checked)}
        className="peer absolute -inset-x-1 -inset-y-2.5 z-10 m-0 cursor-pointer appearance-none bg-transparent outline-none disabled:cursor-not-allowed"
        {...props}
      />
      <span
        aria-hidden
        className={cn(
          "pointer-events-none h-6 w-11 rounded-full border-2 border-transparent bg-input shadow-xs transition-colors peer-checked:bg-primary",
          "peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/50 peer-focus-visible:ring-offset-1 peer-focus-visible:ring-offset-background",
        )}
      />
      <span
        aria-hidden
        className="pointer-events-none absolute top-0.5 left-0.5 size-5 rounded-full bg-background shadow-sm ring-0 transition-transform peer-checked:translate-x-5"
      />
    </span>
  );
}
