"use client";

import { useId } from "react";
import { cn } from "@/components/ui/cn";
import { RadioGroup, RadioGroupOption } from "@/components/ui/radio-group";
import { FieldError } from "@/components/ui/field";
import { painBand } from "@/server/domain/pain";

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

const CELL = cn(
  "flex h-12 cursor-pointer items-center justify-center rounded-md border border-input bg-background text-lg font-semibold tabular-nums transition-colors",
  "hover:bg-accent has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/60",
  "has-[:checked]:border-primary has-[:checked]:bg-primary has-[:checked]:text-primary-foreground",
  "has-[[aria-invalid=true]]:border-destructive",
);

// "No run" is the quiet default: when chosen it should not shout louder than the scale.
const NONE = cn(
  "col-span-full h-11 text-sm font-medium sm:col-span-11",
  "has-[:checked]:border-primary has-[:checked]:bg-primary/10 has-[:checked]:text-foreground",
);

type Props = {
  question: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  /** Offer a choice for "no score" (stored as null), with this text. */
  noneLabel?: string;
  required?: boolean;
  error?: string;
};

/** The 0–10 pain scale as one big tappable radio group: two rows on a phone, one row from `sm`. */
export function PainScale({ question, value, onChange, noneLabel, required, error }: Props) {
  const id = useId();
  const current = value === undefined ? "" : value === null ? "none" : String(value);
  return (
    <div className="grid gap-1.5">
      <p id={`${id}-label`} className="text-sm leading-snug font-medium">
        {question}
        {required && (
          <span aria-hidden className="ml-0.5 text-destructive">
            *
          </span>
        )}
      </p>
      <p id={`${id}-ends`} className="flex justify-between gap-2 text-xs text-muted-foreground">
        <span>0 is no pain</span>
        {typeof value === "number" && (
          <span className="font-medium text-foreground" aria-live="polite">
            {value}: {painBand(value)}
          </span>
        )}
        <span>10 is the worst imaginable</span>
      </p>
      <RadioGroup
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-ends${error ? ` ${id}-error` : ""}`}
        aria-required={required || undefined}
        value={current}
        onValueChange={(v) => onChange(v === "none" ? null : Number(v))}
        className="grid grid-cols-6 gap-1.5 sm:grid-cols-11"
      >
        {SCORES.map((score) => (
          <RadioGroupOption key={score} value={String(score)} aria-invalid={error ? true : undefined} className={CELL}>
            {score}
          </RadioGroupOption>
        ))}
        {noneLabel && (
          <RadioGroupOption value="none" aria-invalid={error ? true : undefined} className={cn(CELL, NONE)}>
            {noneLabel}
          </RadioGroupOption>
        )}
      </RadioGroup>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  );
}
