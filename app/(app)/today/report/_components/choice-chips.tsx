"use client";

import { useEffect, useRef } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldSet } from "@/components/ui/field";

type Props<T extends string> = {
  legend: string;
  description?: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T[];
  onChange: (value: T[]) => void;
  error?: string;
  required?: boolean;
};

/** Several choices as large tappable chips, each a real checkbox. */
export function ChoiceChips<T extends string>({ legend, description, options, labels, value, onChange, error, required }: Props<T>) {
  const toggle = (option: T, on: boolean) => onChange(on ? [...value.filter((v) => v !== option), option] : value.filter((v) => v !== option));
  const group = useRef<HTMLDivElement>(null);
  // Chips ticked on the server-rendered page before React took over are in the page but not in
  // the form: hand them over as one list.
  useEffect(() => {
    const boxes = group.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]");
    const ticked = options.filter((_, i) => boxes?.[i]?.checked);
    if (ticked.length !== value.length || ticked.some((o) => !value.includes(o))) onChange(ticked);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <FieldSet legend={legend} description={description} error={error} required={required}>
      <div ref={group} className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-input bg-background px-3 py-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary/10"
          >
            <Checkbox checked={value.includes(option)} onCheckedChange={(on) => toggle(option, on === true)} handOverEarlyTick={false} aria-invalid={error ? true : undefined} />
            {labels[option]}
          </label>
        ))}
      </div>
    </FieldSet>
  );
}
