"use client";

import { Select, SelectContent, SelectGroup, SelectItem, SelectLabel, SelectTrigger, SelectValue } from "./select";

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
 * A select over a list of choices, with Select's look and keyboard handling. It ships with the
 * page: loaded after it, a quick click could open the list as its code arrived and Radix Select
 * then ignored the choice made in that same moment (the audit filter's browser test caught it).
 */
export function ChoiceSelect({ value, onValueChange, choices, placeholder, size, disabled, ...trigger }: ChoiceSelectProps) {
  return (
    <Select value={value} onValueChange={onValueChange} disabled={disabled}>
      <SelectTrigger size={size} {...trigger}>
        <SelectValue placeholder={placeholder} />
      </SelectTrigger>
      <SelectContent>
        {choices.map((c) =>
          "choices" in c ? (
            <SelectGroup key={c.label}>
              <SelectLabel>{c.label}</SelectLabel>
              {c.choices.map((o) => (
                <SelectItem key={o.value} value={o.value}>
                  {o.label}
                </SelectItem>
              ))}
            </SelectGroup>
          ) : (
            <SelectItem key={c.value} value={c.value}>
              {c.label}
            </SelectItem>
          ),
        )}
      </SelectContent>
    </Select>
  );
}
