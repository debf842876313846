"use client";

import { createContext, useContext, useRef, useState } from "react";

/*
 * A radio group of buttons (role="radiogroup" and role="radio"), the markup and keys of Radix's
 * radio group without its library: one tab stop (the checked radio, or the first when none is),
 * arrow keys move and choose, Space chooses, Enter does nothing.
 */

type Orientation = "horizontal" | "vertical";
const GroupContext = createContext<{ value: string; choose: (value: string) => void; disabled: boolean } | null>(null);

const STEPS: Record<Orientation | "both", Record<string, number>> = {
  horizontal: { ArrowLeft: -1, ArrowRight: 1 },
  vertical: { ArrowUp: -1, ArrowDown: 1 },
  both: { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 },
};

type RootProps = Omit<React.ComponentProps<"div">, "onChange" | "defaultValue" | "dir"> & {
  value: string;
  onValueChange: (value: string) => void;
  orientation?: Orientation;
  disabled?: boolean;
  required?: boolean;
};

export function RadioRoot({ value, onValueChange, orientation, disabled = false, required, onKeyDown, onFocus, children, ...props }: RootProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Shift+Tab out of the group must not land on the group and bounce back in.
  const [leaving, setLeaving] = useState(false);
  const radios = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]:not(:disabled)') ?? [])];
  return (
    <GroupContext.Provider value={{ value, choose: onValueChange, disabled }}>
      <div
        ref={ref}
        role="radiogroup"
        aria-required={required || undefined}
        aria-orientation={orientation}
        data-disabled={disabled ? "" : undefined}
        // With nothing chosen the group itself is the tab stop, and hands focus to its first radio.
        tabIndex={value === "" && !leaving ? 0 : -1}
        style={{ outline: "none" }}
        onFocus={(e) => {
          onFocus?.(e);
          if (e.target === e.currentTarget) radios()[0]?.focus();
        }}
        onBlur={() => setLeaving(false)}
        onKeyDown={(e) => {
          onKeyDown?.(e);
          if (e.key === "Tab" && e.shiftKey) setLeaving(true);
          const step = STEPS[orientation ?? "both"][e.key];
          if (step === undefined) return;
          const all = radios();
          const at = all.indexOf(e.target as HTMLButtonElement);
          if (at < 0) return;
          e.preventDefault();
          const next = all[(at + step + all.length) % all.length]!;
          next.focus();
          onValueChange(next.value);
        }}
        {...props}
      >
        {children}
      </div>
    </GroupContext.Provider>
  );
}

type ItemProps = Omit<React.ComponentProps<"button">, "value"> & { value: string };

export function RadioItem({ value, disabled, onClick, onKeyDown, ...props }: ItemProps) {
  const group = useContext(GroupContext);
  if (!group) throw new Error("RadioItem belongs inside RadioRoot");
  const checked = group.value === value;
  const off = disabled || group.disabled;
  return (
    <button
      type="button"
      role="radio"
      aria-checked={checked}
      data-state={checked ? "checked" : "unchecked"}
      data-disabled={off ? "" : undefined}
      disabled={off}
      value={value}
      tabIndex={checked ? 0 : -1}
      onKeyDown={(e) => {
        onKeyDown?.(e);
        if (e.key === "Enter") e.preventDefault();
      }}
      onClick={(e) => {
        onClick?.(e);
        if (!e.defaultPrevented) group.choose(value);
      }}
      {...props}
    />
  );
}
