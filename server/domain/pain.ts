/**
 * Pain intensity on the 0–10 Numeric Rating Scale (NRS): 0 is no pain, 10 the worst imaginable.
 * Whole numbers only, because that is what the athlete is shown and what the bands are defined on.
 */

import { RED_FLAGS, type RedFlag } from "./pain-vocab";

export const NRS_MIN = 0;
export const NRS_MAX = 10;

export const PAIN_BANDS = ["none", "mild", "moderate", "severe"] as const;
export type PainBand = (typeof PAIN_BANDS)[number];

/** A change of this many points or more counts as clinically meaningful. */
export const MEANINGFUL_CHANGE = 2;

/** True for a whole number from 0 to 10. */
export function isValidNrs(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= NRS_MIN && value <= NRS_MAX;
}

/** Returns the score unchanged, or throws: a bad score must never be banded or compared silently. */
export function assertNrs(value: unknown): number {
  if (!isValidNrs(value)) {
    throw new RangeError(`Pain score must be a whole number from ${NRS_MIN} to ${NRS_MAX}: ${JSON.stringify(value)}`);
  }
  return value;
}

/** 0 none, 1–3 mild, 4–6 moderate, 7–10 severe. */
export function painBand(nrs: number): PainBand {
  const score = assertNrs(nrs);
  if (score === 0) return "none";
  if (score <= 3) return "mild";
  if (score <= 6) return "moderate";
  return "severe";
}

/** True when the score moved by 2 points or more, in either direction. */
export function isMeaningfulChange(prev: number, next: number): boolean {
  return Math.abs(assertNrs(next) - assertNrs(prev)) >= MEANINGFUL_CHANGE;
}

/** The weakness follow-up is asked only after a "yes" to numbness, tingling or weakness. */
export function askedRedFlags(answers: Partial<Record<RedFlag, boolean>> | undefined): RedFlag[] {
  return RED_FLAGS.filter((f) => f !== "progressiveWeakness" || answers?.numbnessTinglingWeakness === true);
}
