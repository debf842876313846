/**
 * Pain reports: where, when and how it hurts, and the red-flag questions.
 * Part of the product's closed vocabularies (vocab.ts re-exports it), in a module of its own so
 * a page's browser code loads only the lists it uses.
 */

export const PAIN_AREAS = ["upper-back", "neck", "shoulder", "mid-back", "lower-back", "chest", "arm"] as const;
export type PainArea = (typeof PAIN_AREAS)[number];

export const PAIN_TIMINGS = ["during-run", "after-run", "at-rest", "at-night"] as const;
export type PainTiming = (typeof PAIN_TIMINGS)[number];

export const PAIN_QUALITIES = ["ache", "stiffness", "sharp", "spasm", "burning"] as const;
export type PainQuality = (typeof PAIN_QUALITIES)[number];

/** Red-flag questions asked on every pain report (plain-words wording lives in the UI). */
export const RED_FLAGS = [
  "radiatesArmOrNeck",
  "numbnessTinglingWeakness",
  "progressiveWeakness",
  "suddenSharpOnset",
  "notEasingWithRest",
  "chestPainBreathlessSweating",
  "feverOrWeightLoss",
  "bladderOrBowelChange",
  "recentFallOrCrash",
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];
export type RedFlagAnswers = Partial<Record<RedFlag, boolean>>;
