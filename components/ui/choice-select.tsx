"use client";

import { ChevronDownIcon } from "lucide-react";
import { cn } from "./cn";
import { Deferred } from "./deferred";
import { selectTriggerClassName } from "./select-trigger-class";

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

const loadMenu = () => import("./choice-select-menu");

export const flatChoices = (choices: Choice[] | ChoiceGroup[]): Choice[] =>
  choices.flatMap((c) => ("choices" in c ? c.choices : [c]));

/**
 * A select over a list of choices (Select's look and keyboard handling). The closed control ships
 * with the page; the list, and the library behind it, load after it (see Deferred).
 */
export function ChoiceSelect(props: ChoiceSelectProps) {
  return <Deferred load={loadMenu} fallback={<ClosedChoiceSelect {...props} />} {...props} />;
}

/** What SelectTrigger draws while closed, without its behaviour. */
function ClosedChoiceSelect({ value, choices, placeholder, size = "default", className, onValueChange: _, ...props }: ChoiceSelectProps) {
  const chosen = flatChoices(choices).find((c) => c.value === value);
  return (
    <button
      type="button"
      role="combobox"
      aria-expanded={false}
      aria-autocomplete="none"
      data-slot="select-trigger"
      data-size={size}
      data-state="closed"
      data-placeholder={chosen ? undefined : ""}
      className={cn(selectTriggerClassName, className)}
      {...props}
    >
      <span data-slot="select-value" style={{ pointerEvents: "none" }}>
        {chosen ? chosen.label : placeholder}
      </span>
      <ChevronDownIcon aria-hidden className="size-4 opacity-60" />
    </button>
  );
}
