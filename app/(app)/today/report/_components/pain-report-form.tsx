"use client";

import { TRPCClientError } from "@trpc/client";
import { useRef } from "react";
import { Controller, useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ReadyFieldset, useHydrated } from "@/components/ui/ready-fieldset";
import { Textarea } from "@/components/ui/textarea";
import { PAIN_AREA_LABEL, PAIN_QUALITY_LABEL, PAIN_TIMING_LABEL } from "@/server/domain/pain-labels";
import { PAIN_AREAS, PAIN_QUALITIES, PAIN_TIMINGS } from "@/server/domain/pain-vocab";
import type { PainReportFormOutput, PainReportFormValues } from "@/server/schemas/pain";
import { ChoiceChips } from "./choice-chips";
import { PainScale } from "./pain-scale";
import { OstrcQuestions } from "./ostrc-questions";
import { RedFlagQuestions } from "./red-flag-questions";

export const EMPTY_REPORT: PainReportFormValues = {
  painNow: undefined as unknown as number,
  painWorstRun: null,
  areas: [],
  timings: [],
  qualities: [],
  redFlags: {},
  ostrc: null,
  note: "",
};

const resolver = lazyZodResolver(() => import("@/server/schemas/pain").then((m) => m.painReportForm));

const FIELDS = ["painNow", "painWorstRun", "areas", "timings", "qualities", "redFlags", "ostrc", "note"] as const;

type Props = {
  initial?: PainReportFormValues;
  offerOstrc: boolean;
  submitLabel: string;
  onSubmit: (values: PainReportFormOutput) => Promise<unknown>;
  onCancel?: () => void;
};

/** The pain report, new or corrected: built to be done on a phone in well under a minute. */
export function PainReportForm({ initial, offerOstrc, submitLabel, onSubmit, onCancel }: Props) {
  const form = useForm<PainReportFormValues, unknown, PainReportFormOutput>({ resolver, defaultValues: initial ?? EMPTY_REPORT });
  const { control, formState, handleSubmit, register, setError } = form;
  const { errors } = formState;
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();

  const submit = handleSubmit(send, () => {
    // The custom controls hold no ref for react-hook-form to focus: take the athlete to the first problem.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  });

  async function send(values: PainReportFormOutput) {
    // Opening the weekly questions without answering any is a skip, not an empty response.
    const ostrc = values.ostrc && Object.values(values.ostrc).some((a) => a !== null) ? values.ostrc : null;
    try {
      await onSubmit({ ...values, ostrc });
    } catch (err) {
      const fieldErrors = err instanceof TRPCClientError ? (err.data?.fieldErrors as Record<string, string[]> | null | undefined) : null;
      let placed = false;
      for (const name of FIELDS) {
        const message = fieldErrors?.[name]?.[0];
        if (message) {
          setError(name, { message });
          placed = true;
        }
      }
      if (!placed) setError("root", { message: err instanceof Error ? err.message : "The report was not sent. Please try again." });
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={submitLabel}>
      <ReadyFieldset className="space-y-6">
        <Controller
          control={control}
          name="painNow"
          render={({ field, fieldState }) => (
            <PainScale question="How much does it hurt right now?" required value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
          )}
        />
        <Controller
          control={control}
          name="painWorstRun"
          render={({ field, fieldState }) => (
            <PainScale
              question="And at its worst during your last run?"
              value={field.value}
              onChange={field.onChange}
              noneLabel="No run since it started"
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="areas"
          render={({ field, fieldState }) => (
            <ChoiceChips legend="Where is it?" description="Choose all that apply." required options={PAIN_AREAS} labels={PAIN_AREA_LABEL} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
          )}
        />
        <Controller
          control={control}
          name="timings"
          render={({ field, fieldState }) => (
            <ChoiceChips legend="When does it hurt?" options={PAIN_TIMINGS} labels={PAIN_TIMING_LABEL} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
          )}
        />
        <Controller
          control={control}
          name="qualities"
          render={({ field, fieldState }) => (
            <ChoiceChips legend="What does it feel like?" options={PAIN_QUALITIES} labels={PAIN_QUALITY_LABEL} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
          )}
        />
        <RedFlagQuestions control={control} errors={errors.redFlags} />
        {(offerOstrc || initial?.ostrc) && <OstrcQuestions control={control} />}
        <Field label="Anything else? (optional)" description="Up to 1,000 characters." error={errors.note?.message}>
          <Textarea {...register("note")} maxLength={1000} />
        </Field>
        {errors.root && (
          <Alert variant="destructive" aria-label="Report not sent">
            {errors.root.message}
          </Alert>
        )}
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={!hydrated || formState.isSubmitting}>
            {formState.isSubmitting ? "Sending…" : submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" variant="ghost" size="lg" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </div>
      </ReadyFieldset>
    </form>
  );
}
