import { z } from "zod";
import { DEFAULT_ACK_DEADLINES, DEFAULT_THRESHOLDS, type AckDeadlines, type Thresholds } from "../domain/escalation";
import { CASE_TIERS } from "../domain/vocab";
import { timeZoneField } from "./account";
import { text } from "./common";

type Bounds = { min: number; max: number };

/** Limits that keep each rule meaningful: a pain threshold is an NRS value, a span is days. */
export const THRESHOLD_BOUNDS: Record<keyof Thresholds, Bounds> = {
  severePain: { min: 1, max: 10 },
  persistenceDays: { min: 1, max: 28 },
  persistencePain: { min: 1, max: 10 },
  worseningStep: { min: 1, max: 10 },
  historyPain: { min: 1, max: 10 },
  silenceDays: { min: 1, max: 28 },
  silencePain: { min: 1, max: 10 },
};

/** Minutes: from a quarter of an hour to 30 days. */
export const DEADLINE_BOUNDS: Bounds = { min: 15, max: 43_200 };

const whole = (label: string, { min, max }: Bounds) =>
  z
    .number({ error: `${label}: enter a number.` })
    .int(`${label}: use a whole number.`)
    .min(min, `${label}: at least ${min}.`)
    .max(max, `${label}: at most ${max}.`);

export const THRESHOLD_KEYS = Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[];

export const thresholdsInput = z.object(
  Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, whole(k, THRESHOLD_BOUNDS[k])])) as Record<keyof Thresholds, z.ZodNumber>,
);

export const ackDeadlinesInput = z.object(
  Object.fromEntries(CASE_TIERS.map((tier) => [tier, whole(tier, DEADLINE_BOUNDS)])) as Record<keyof AckDeadlines, z.ZodNumber>,
);

export const settingsInput = z.object({
  name: text("Organisation name", 120, 1),
  timeZone: timeZoneField,
  weekStartsOn: z.union([z.literal(1), z.literal(7)], { error: "Choose Monday or Sunday." }),
  thresholds: thresholdsInput,
  ackDeadlines: ackDeadlinesInput,
});
export type SettingsInput = z.infer<typeof settingsInput>;

export { DEFAULT_ACK_DEADLINES, DEFAULT_THRESHOLDS };
