"use client";

import { useEffect, useRef } from "react";
import { NativeSelect } from "./native-select";

export type Choice = { value: string; label: string };
export type ChoiceGroup = { label: string; choices: Choice[] };

export type ChoiceSelectProps = {
  value: string | undefined;
  onValueChange: (value: string) => void;
  /** The choices, or the choices under group headings. */
  choices: Choice[] | ChoiceGroup[];
  /** Shown while nothing is chosen. */
  placeholder?: string;
  size?: "sm" | "default";
  disabled?: boolean;
  className?: string;
  id?: string;
  "aria-label"?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
  "aria-required"?: boolean | "true" | "false";
};

export const flatChoices = (choices: Choice[] | ChoiceGroup[]): Choice[] =>
  choices.flatMap((c) => ("choices" in c ? c.choices : [c]));

/**
 * A select over a list of choices: the browser's own, so it works from the server-rendered page
 * on and phones get their system picker.
 */
export function ChoiceSelect({ value, onValueChange, choices, placeholder, ...select }: ChoiceSelectProps) {
  const ref = useRef<HTMLSelectElement>(null);
  const current = value ?? "";
  // While nothing (or a value no longer offered) is chosen, a hidden option holds that value, so
  // the browser does not show the first choice as if it were chosen.
  const chosen = flatChoices(choices).some((c) => c.value === current);

  // A choice made on the server-rendered page before React took over is in the element but not in
  // the state, and React fires no change for it: hand it over once.
  useEffect(() => {
    if (ref.current && ref.current.value !== current) onValueChange(ref.current.value);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    // Form restoring (back button) would change the element behind React's back.
    <NativeSelect ref={ref} autoComplete="off" value={current} onChange={(e) => onValueChange(e.target.value)} {...select}>
      {!chosen && (
        <option value={current} disabled hidden data-placeholder="">
          {placeholder ?? ""}
        </option>
      )}
      {choices.map((c) =>
        "choices" in c ? (
          <optgroup key={c.label} label={c.label}>
            {c.choices.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ) : (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ),
      )}
    </NativeSelect>
  );
}
