"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { RadioGroup, RadioGroupOption } from "@/components/ui/radio-group";
import { OSTRC_QUESTIONS, type OstrcAnswers, type OstrcOption, ostrcSkippedQuestions } from "@/server/domain/ostrc";
import { OSTRC_NOT_VALIDATED, OSTRC_WORDING } from "./ostrc-wording";

const OPTION = cn(
  "flex min-h-11 cursor-pointer items-center rounded-md border border-input bg-background px-3 py-2 text-left text-sm transition-colors",
  "hover:bg-accent has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/60",
  "has-[:checked]:border-primary has-[:checked]:bg-primary/10 has-[:checked]:font-medium",
);

/** The four questions once the athlete chose to answer them; Q2–Q4 are skipped after "no problems" in Q1. */
export function OstrcAnswers({ id, answers, onChange }: { id: string; answers: OstrcAnswers; onChange: (answers: OstrcAnswers | null) => void }) {
  const skipped = ostrcSkippedQuestions(answers.q1);
  const choose = (q: (typeof OSTRC_QUESTIONS)[number], option: OstrcOption) => {
    const next = { ...answers, [q]: option };
    // Skipped questions are stored as missing, never as a guessed "no".
    if (q === "q1") for (const s of ostrcSkippedQuestions(option)) next[s] = null;
    onChange(next);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-border p-4">
      <div className="flex items-start justify-between gap-2">
        <h2 id={`${id}-title`} className="text-sm font-medium">
          Weekly check-in: the past 7 days
        </h2>
        <Button type="button" variant="ghost" size="sm" onClick={() => onChange(null)}>
          Skip
        </Button>
      </div>
      <p className="text-xs text-muted-foreground">{OSTRC_NOT_VALIDATED}</p>
      {OSTRC_QUESTIONS.filter((q) => !skipped.includes(q)).map((q) => (
        <div key={q} className="space-y-2">
          <p id={`${id}-${q}`} className="text-sm leading-snug">
            {OSTRC_WORDING[q].question}
          </p>
          <RadioGroup
            aria-labelledby={`${id}-${q}`}
            value={answers[q] === null ? "" : String(answers[q])}
            onValueChange={(v) => choose(q, Number(v) as OstrcOption)}
            className="grid gap-2 sm:grid-cols-2"
          >
            {OSTRC_WORDING[q].options.map((label, option) => (
              <RadioGroupOption key={label} value={String(option)} className={OPTION}>
                {label}
              </RadioGroupOption>
            ))}
          </RadioGroup>
        </div>
      ))}
    </section>
  );
}
