import { z } from "zod";
import { OSTRC_OPTIONS } from "../domain/ostrc";
import { askedRedFlags } from "../domain/pain";
import { PAIN_AREAS, PAIN_QUALITIES, PAIN_TIMINGS, RED_FLAGS } from "../domain/vocab";
import { id, optionalText } from "./common";

const nrs = (label: string) =>
  z
    .number({ error: `${label}: choose a number from 0 to 10.` })
    .int(`${label}: choose a whole number from 0 to 10.`)
    .min(0, `${label} goes from 0 to 10.`)
    .max(10, `${label} goes from 0 to 10.`);

const ostrcAnswer = z.union(OSTRC_OPTIONS.map((o) => z.literal(o)), { error: "Weekly questions: choose one of the four answers." }).nullable();

export const painReportInput = z.object({
  painNow: nrs("Pain now"),
  painWorstRun: nrs("Worst pain during your last run").nullable(),
  areas: z
    .array(z.enum(PAIN_AREAS, { error: "That is not one of the listed areas." }))
    .min(1, "Choose where it hurts.")
    .max(PAIN_AREAS.length)
    .transform((a) => [...new Set(a)]),
  timings: z.array(z.enum(PAIN_TIMINGS, { error: "That is not one of the listed times." })).max(PAIN_TIMINGS.length).transform((a) => [...new Set(a)]),
  qualities: z.array(z.enum(PAIN_QUALITIES, { error: "That is not one of the listed kinds of pain." })).max(PAIN_QUALITIES.length).transform((a) => [...new Set(a)]),
  redFlags: z
    .partialRecord(z.enum(RED_FLAGS), z.boolean({ error: "Answer each warning-sign question with yes or no." }), { error: "That is not one of the warning-sign questions." })
    .default({}),
  ostrc: z.object({ q1: ostrcAnswer, q2: ostrcAnswer, q3: ostrcAnswer, q4: ostrcAnswer }).nullable().default(null),
  note: optionalText("Note", 1000),
});
export type PainReportFormInput = z.input<typeof painReportInput>;

export const painSubmitInput = painReportInput.extend({
  /** A resend with the same key is stored once. */
  idempotencyKey: z.string().min(8).max(100).regex(/^[A-Za-z0-9_-]+$/, "Invalid idempotency key.").nullish(),
});

export const painCorrectInput = painReportInput.extend({ id: id("Report") });

/**
 * The athlete's form wants a yes or a no to every question it asks: a skipped question could
 * hide an emergency. The API itself stays lenient (a missing answer counts as "no").
 */
export const painReportForm = painReportInput.extend({
  redFlags: z.partialRecord(z.enum(RED_FLAGS), z.boolean()).superRefine((flags, ctx) => {
    for (const flag of askedRedFlags(flags)) {
      if (flags[flag] === undefined) ctx.addIssue({ code: "custom", path: [flag], message: "Answer yes or no." });
    }
  }),
});
export type PainReportFormValues = z.input<typeof painReportForm>;
export type PainReportFormOutput = z.output<typeof painReportForm>;
