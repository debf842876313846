import { z } from "zod";
import { DEFAULT_ACK_DEADLINES, DEFAULT_THRESHOLDS, type AckDeadlines, type Thresholds } from "../domain/escalation";
import { CASE_TIERS } from "../domain/vocab";
import { timeZoneField } from "./account";
import { text } from "./common";
import { type Bounds, DEADLINE_BOUNDS, THRESHOLD_BOUNDS } from "./settings-bounds";

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

export { DEADLINE_BOUNDS, DEFAULT_ACK_DEADLINES, DEFAULT_THRESHOLDS, THRESHOLD_BOUNDS };
