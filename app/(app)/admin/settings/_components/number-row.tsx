"use client";

import { useId } from "react";
import { FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = {
  label: string;
  description: string;
  error?: string;
  /** Beside the box: the unit, or the value in words. */
  suffix?: string;
  input: React.ComponentProps<"input">;
};

/** A settings row: what the number does on the left, the number on the right (stacked on phones). */
export function NumberRow({ label, description, error, suffix, input }: Props) {
  const id = useId();
  return (
    <div className="grid gap-2 py-4 first:pt-0 last:pb-0 sm:grid-cols-[minmax(0,1fr)_14rem] sm:gap-6" data-invalid={error ? true : undefined}>
      <div className="space-y-1">
        <Label htmlFor={id}>{label}</Label>
        <p id={`${id}-description`} className="text-sm text-muted-foreground">
          {description}
        </p>
      </div>
      <div className="space-y-1.5">
        <div className="flex items-center gap-3">
          <Input
            id={id}
            type="number"
            inputMode="numeric"
            step={1}
            className="w-24 shrink-0"
            aria-describedby={[`${id}-description`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
            aria-invalid={error ? true : undefined}
            {...input}
          />
          {suffix && <span className="text-sm text-muted-foreground">{suffix}</span>}
        </div>
        {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
      </div>
    </div>
  );
}
