"use client";

import type { ChoiceSelectProps } from "./choice-select";
import { Select, SelectContent, SelectGroup, SelectItem, SelectLabel, SelectTrigger, SelectValue } from "./select";

/** ChoiceSelect once loaded: the Select itself. */
export default function ChoiceSelectMenu({ value, onValueChange, choices, placeholder, size, disabled, defaultOpen, ...trigger }: ChoiceSelectProps & { defaultOpen?: boolean }) {
  return (
    <Select value={value} onValueChange={onValueChange} disabled={disabled} defaultOpen={defaultOpen}>
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
