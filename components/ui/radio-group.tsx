"use client";

import { createContext, use, useEffect, useId, useRef } from "react";
import { cn } from "./cn";

type Group = { name: string; value: string; onValueChange?: (value: string) => void; disabled?: boolean };

const GroupContext = createContext<Group | null>(null);

function useGroup(): Group {
  const group = use(GroupContext);
  if (!group) throw new Error("A radio option must sit inside a <RadioGroup>.");
  return group;
}

export type RadioGroupProps = Omit<React.ComponentProps<"div">, "onChange" | "defaultValue" | "dir"> & {
  value: string;
  onValueChange?: (value: string) => void;
  /** The radios' shared name (otherwise a generated one). */
  name?: string;
  disabled?: boolean;
  required?: boolean;
};

/**
 * The browser's own radio buttons under role="radiogroup": arrow keys move between them and Tab
 * leaves the group, as everywhere else. Name the group with aria-label / aria-labelledby, or put it
 * in a `<FieldSet legend=…>`. `value` "" means nothing is chosen yet.
 */
export function RadioGroup({ value, onValueChange, name, disabled, required, className, children, ...props }: RadioGroupProps) {
  const generated = useId();
  const ref = useRef<HTMLDivElement>(null);
  const groupName = name ?? generated;
  // A choice made on the server-rendered page before React took over is in the element but not in
  // the state, and React fires no change for it: hand it over once.
  useEffect(() => {
    const chosen = [...(ref.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])].find((r) => r.name === groupName && r.checked);
    if (chosen && chosen.value !== value) onValueChange?.(chosen.value);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div ref={ref} role="radiogroup" aria-required={required || undefined} aria-disabled={disabled || undefined} data-slot="radio-group" className={cn("grid gap-3", className)} {...props}>
      <GroupContext value={{ name: groupName, value, onValueChange, disabled }}>{children}</GroupContext>
    </div>
  );
}

type RadioProps = Omit<React.ComponentProps<"input">, "type" | "name" | "value" | "checked" | "defaultChecked" | "onChange" | "className"> & {
  value: string;
  className?: string;
};

function radioProps(group: Group, { value, disabled, ...props }: Omit<RadioProps, "className">) {
  return {
    ...props,
    type: "radio" as const,
    name: group.name,
    value,
    checked: group.value === value,
    disabled: group.disabled || disabled,
    // Form restoring (back button) would change the choice behind React's back.
    autoComplete: "off",
    onChange: () => group.onValueChange?.(value),
  };
}

/** A 20px radio whose invisible hit area extends to 44px; pair it with `<Label htmlFor>`. */
export function RadioGroupItem({ className, ...props }: RadioProps) {
  const group = useGroup();
  return (
    <span data-slot="radio-group-item" className={cn("peer relative inline-flex size-5 shrink-0 has-[:disabled]:opacity-50", className)}>
      <input
        {...radioProps(group, props)}
        className="peer absolute -inset-3 z-10 m-0 cursor-pointer appearance-none rounded-full bg-transparent outline-none disabled:cursor-not-allowed"
      />
      <span
        aria-hidden
        className={cn(
          "pointer-events-none flex size-5 items-center justify-center rounded-full border border-input bg-background shadow-xs transition-colors",
          "peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/50 peer-focus-visible:ring-offset-1 peer-focus-visible:ring-offset-background",
          "peer-checked:border-primary peer-aria-invalid:border-destructive",
        )}
      />
      <span aria-hidden className="pointer-events-none invisible absolute inset-[5px] rounded-full bg-primary peer-checked:visible" />
    </span>
  );
}

/**
 * A radio drawn as a tappable box with its text inside: the whole box is the radio's label. Style
 * the chosen, focused and invalid looks with `has-checked:`, `has-focus-visible:` and
 * `has-aria-invalid:`.
 */
export function RadioGroupOption({ className, children, ...props }: RadioProps & { children: React.ReactNode }) {
  const group = useGroup();
  return (
    <label data-slot="radio-group-option" className={cn("relative", className)}>
      <input
        {...radioProps(group, props)}
        className="absolute inset-0 z-10 m-0 size-full cursor-pointer appearance-none rounded-[inherit] bg-transparent outline-none disabled:cursor-not-allowed"
      />
      {children}
    </label>
  );
}
