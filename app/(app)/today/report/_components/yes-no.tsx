"use client";

import { RadioGroup as RadioGroupPrimitive } from "radix-ui";
import { useId } from "react";
import { FieldError } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

const OPTION = cn(
  "flex h-11 min-w-16 cursor-pointer items-center justify-center rounded-md border border-input bg-background px-4 text-sm font-medium outline-none transition-colors",
  "hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/60 aria-invalid:border-destructive",
  "data-[state=checked]:border-primary data-[state=checked]:bg-primary data-[state=checked]:text-primary-foreground",
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
        <RadioGroupPrimitive.Root
          aria-labelledby={`${id}-q`}
          aria-describedby={error ? `${id}-error` : undefined}
          value={value === undefined ? "" : value ? "yes" : "no"}
          onValueChange={(v) => onChange(v === "yes")}
          orientation="horizontal"
          className="flex gap-2"
        >
          <RadioGroupPrimitive.Item value="no" className={OPTION} aria-invalid={error ? true : undefined}>
            No
          </RadioGroupPrimitive.Item>
          <RadioGroupPrimitive.Item value="yes" className={OPTION} aria-invalid={error ? true : undefined}>
            Yes
          </RadioGroupPrimitive.Item>
        </RadioGroupPrimitive.Root>
        {error && <FieldError id={`${id}-error`} className="mt-1">{error}</FieldError>}
      </div>
    </div>
  );
}
