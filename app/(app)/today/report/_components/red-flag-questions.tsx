"use client";

import { type Control, type FieldErrors, useController } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { askedRedFlags } from "@/server/domain/pain";
import type { PainReportFormOutput, PainReportFormValues } from "@/server/schemas/pain";
import type { RedFlag } from "@/server/domain/vocab";
import { RED_FLAG_QUESTION } from "./wording";
import { YesNo } from "./yes-no";

type Flags = Partial<Record<RedFlag, boolean>>;

/** Every red-flag question, answered yes or no; "No to the rest" answers the open ones at once. */
export function RedFlagQuestions({
  control,
  errors,
}: {
  control: Control<PainReportFormValues, unknown, PainReportFormOutput>;
  errors: FieldErrors<PainReportFormValues>["redFlags"];
}) {
  const { field } = useController({ control, name: "redFlags" });
  const flags: Flags = field.value ?? {};
  const asked = askedRedFlags(flags);
  const set = (flag: RedFlag, answer: boolean) => {
    const next: Flags = { ...flags, [flag]: answer };
    // The follow-up only makes sense after a "yes"; a stale answer must not raise a flag.
    if (flag === "numbnessTinglingWeakness" && !answer) delete next.progressiveWeakness;
    field.onChange(next);
  };
  const open = asked.filter((f) => flags[f] === undefined);
  const messageOf = (flag: RedFlag) => (errors as Partial<Record<RedFlag, { message?: string }>> | undefined)?.[flag]?.message;
  return (
    <fieldset className="grid min-w-0 gap-1">
      <legend className="text-sm font-medium">Warning signs</legend>
      <p className="text-sm text-muted-foreground">Please answer each one. A “yes” means a clinician should take a look.</p>
      <div className="divide-y divide-border">
        {asked.map((flag) => (
          <YesNo key={flag} question={RED_FLAG_QUESTION[flag]} value={flags[flag]} onChange={(v) => set(flag, v)} error={messageOf(flag)} />
        ))}
      </div>
      {open.length > 0 && (
        <Button
          type="button"
          variant="outline"
          className="mt-2 w-full sm:w-auto"
          onClick={() => field.onChange({ ...flags, ...Object.fromEntries(open.map((f) => [f, false])) })}
        >
          {open.length === asked.length ? "No to all of these" : "No to the rest"}
        </Button>
      )}
    </fieldset>
  );
}

