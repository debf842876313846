"use client";

import { useId } from "react";
import { FieldError } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { RadioGroup, RadioGroupOption } from "@/components/ui/radio-group";

const OPTION = cn(
  "flex h-11 min-w-16 cursor-pointer items-center justify-center rounded-md border border-input bg-background px-4 text-sm font-medium transition-colors",
  "hover:bg-accent has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/60 has-[[aria-invalid=true]]:border-destructive",
  "has-[:checked]:border-primary has-[:checked]:bg-primary has-[:checked]:text-primary-foreground",
);

/** One question answered "No" or "Yes"; undefined until the athlete answers. */
export function YesNo({ question, value, onChange, error }: { question: string; value: boolean | undefined; onChange: (v: boolean) => void; error?: string }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
      <p id={`${id}-q`} className="text-sm leading-snug">
        {question}
      </p>
      <div className="shrink-0">
        <RadioGroup
          aria-labelledby={`${id}-q`}
          aria-describedby={error ? `${id}-error` : undefined}
          value={value === undefined ? "" : value ? "yes" : "no"}
          onValueChange={(v) => onChange(v === "yes")}
          className="flex gap-2"
        >
          <RadioGroupOption value="no" className={OPTION} aria-invalid={error ? true : undefined}>
            No
          </RadioGroupOption>
          <RadioGroupOption value="yes" className={OPTION} aria-invalid={error ? true : undefined}>
            Yes
          </RadioGroupOption>
        </RadioGroup>
        {error && <FieldError id={`${id}-error`} className="mt-1">{error}</FieldError>}
      </div>
    </div>
  );
}
