"use client";

import { RadioGroup as RadioGroupPrimitive } from "radix-ui";
import { cn } from "@/components/ui/cn";
import { painBand } from "@/server/domain/pain";

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

const CELL = cn(
  "flex h-12 cursor-pointer items-center justify-center rounded-md border border-input bg-background text-lg font-semibold tabular-nums outline-none transition-colors",
  "hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/60",
  "data-[state=checked]:border-primary data-[state=checked]:bg-primary data-[state=checked]:text-primary-foreground",
  "aria-invalid:border-destructive",
);

type Props = {
  label: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  /** Offer a choice for "no score" (stored as null), with this text. */
  noneLabel?: string;
  invalid?: boolean;
  describedBy?: string;
};

/** The 0–10 pain scale as one big tappable radio group: two rows on a phone, one row from `sm`. */
export function PainScale({ label, value, onChange, noneLabel, invalid, describedBy }: Props) {
  const current = value === undefined ? "" : value === null ? "none" : String(value);
  return (
    <div className="space-y-1.5">
      <RadioGroupPrimitive.Root
        aria-label={label}
        aria-describedby={describedBy}
        value={current}
        onValueChange={(v) => onChange(v === "none" ? null : Number(v))}
        className="grid grid-cols-6 gap-1.5 sm:grid-cols-11"
      >
        {SCORES.map((score) => (
          <RadioGroupPrimitive.Item key={score} value={String(score)} aria-label={String(score)} aria-invalid={invalid || undefined} className={CELL}>
            {score}
          </RadioGroupPrimitive.Item>
        ))}
        {noneLabel && (
          <RadioGroupPrimitive.Item value="none" aria-invalid={invalid || undefined} className={cn(CELL, "col-span-full text-sm font-medium sm:col-span-11")}>
            {noneLabel}
          </RadioGroupPrimitive.Item>
        )}
      </RadioGroupPrimitive.Root>
      <p className="flex justify-between text-xs text-muted-foreground" aria-hidden>
        <span>0 no pain</span>
        {typeof value === "number" && <span className="font-medium text-foreground">{value}: {painBand(value)}</span>}
        <span>10 worst imaginable</span>
      </p>
    </div>
  );
}
