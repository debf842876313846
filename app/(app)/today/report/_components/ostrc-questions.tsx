"use client";

import { RadioGroup as RadioGroupPrimitive } from "radix-ui";
import { useId } from "react";
import { type Control, useController } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { OSTRC_QUESTIONS, type OstrcAnswers, type OstrcOption, ostrcSkippedQuestions } from "@/server/domain/ostrc";
import type { PainReportFormOutput, PainReportFormValues } from "@/server/schemas/pain";
import { OSTRC_NOT_VALIDATED, OSTRC_WORDING } from "./wording";

const EMPTY: OstrcAnswers = { q1: null, q2: null, q3: null, q4: null };

const OPTION = cn(
  "flex min-h-11 cursor-pointer items-center rounded-md border border-input bg-background px-3 py-2 text-left text-sm outline-none transition-colors",
  "hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/60",
  "data-[state=checked]:border-primary data-[state=checked]:bg-primary/10 data-[state=checked]:font-medium",
);

/** The weekly OSTRC-O2 questions: optional, and Q2–Q4 are skipped after "no problems" in Q1. */
export function OstrcQuestions({ control }: { control: Control<PainReportFormValues, unknown, PainReportFormOutput> }) {
  const { field } = useController({ control, name: "ostrc" });
  const answers = field.value ?? null;
  const id = useId();

  if (answers === null) {
    return (
      <section aria-labelledby={`${id}-title`} className="space-y-2 rounded-lg border border-dashed border-border p-4">
        <h2 id={`${id}-title`} className="text-sm font-medium">
          Weekly check-in (optional)
        </h2>
        <p className="text-sm text-muted-foreground">Four quick questions about the past 7 days. You can skip them.</p>
        <Button type="button" variant="outline" onClick={() => field.onChange(EMPTY)}>
          Answer the weekly questions
        </Button>
      </section>
    );
  }

  const skipped = ostrcSkippedQuestions(answers.q1);
  const choose = (q: (typeof OSTRC_QUESTIONS)[number], option: OstrcOption) => {
    const next = { ...answers, [q]: option };
    // Skipped questions are stored as missing, never as a guessed "no".
    if (q === "q1") for (const s of ostrcSkippedQuestions(option)) next[s] = null;
    field.onChange(next);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-border p-4">
      <div className="flex items-start justify-between gap-2">
        <h2 id={`${id}-title`} className="text-sm font-medium">
          Weekly check-in: the past 7 days
        </h2>
        <Button type="button" variant="ghost" size="sm" onClick={() => field.onChange(null)}>
          Skip
        </Button>
      </div>
      <p className="text-xs text-muted-foreground">{OSTRC_NOT_VALIDATED}</p>
      {OSTRC_QUESTIONS.filter((q) => !skipped.includes(q)).map((q) => (
        <div key={q} className="space-y-2">
          <p id={`${id}-${q}`} className="text-sm leading-snug">
            {OSTRC_WORDING[q].question}
          </p>
          <RadioGroupPrimitive.Root
            aria-labelledby={`${id}-${q}`}
            value={answers[q] === null ? "" : String(answers[q])}
            onValueChange={(v) => choose(q, Number(v) as OstrcOption)}
            className="grid gap-2 sm:grid-cols-2"
          >
            {OSTRC_WORDING[q].options.map((label, option) => (
              <RadioGroupPrimitive.Item key={label} value={String(option)} className={OPTION}>
                {label}
              </RadioGroupPrimitive.Item>
            ))}
          </RadioGroupPrimitive.Root>
        </div>
      ))}
    </section>
  );
}
