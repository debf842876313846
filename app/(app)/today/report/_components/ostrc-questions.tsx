"use client";

import { lazy, Suspense, useEffect, useId } from "react";
import { type Control, useController } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { whenIdle } from "@/components/ui/when-idle";
import type { OstrcAnswers as Answers } from "@/server/domain/ostrc";
import type { PainReportFormOutput, PainReportFormValues } from "@/server/schemas/pain";

const EMPTY: Answers = { q1: null, q2: null, q3: null, q4: null };

// The questions themselves show only once the athlete chooses to answer: they load meanwhile.
const loadAnswers = () => import("./ostrc-answers");
const OstrcAnswers = lazy(() => loadAnswers().then((m) => ({ default: m.OstrcAnswers })));

/** The weekly OSTRC-O2 questions: optional, so they start folded away behind one button. */
export function OstrcQuestions({ control }: { control: Control<PainReportFormValues, unknown, PainReportFormOutput> }) {
  const { field } = useController({ control, name: "ostrc" });
  const answers = field.value ?? null;
  const id = useId();
  useEffect(() => whenIdle(() => void loadAnswers().catch(() => undefined)), []);

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

  return (
    <Suspense
      fallback={
        <section aria-busy className="rounded-lg border border-border p-4 text-sm text-muted-foreground">
          Loading the weekly questions…
        </section>
      }
    >
      <OstrcAnswers id={id} answers={answers} onChange={field.onChange} />
    </Suspense>
  );
}
