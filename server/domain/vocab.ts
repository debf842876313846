/**
 * The product's closed vocabularies. The database schema, the zod input schemas, the
 * domain rules and the UI all derive from these lists, so a value exists everywhere or nowhere.
 */

export const ROLES = ["admin", "coach", "physio", "athlete"] as const;
export type Role = (typeof ROLES)[number];

export const EXERCISE_CATEGORIES = ["warm-up", "mobility", "core", "posture", "breathing", "cool-down"] as const;
export type ExerciseCategory = (typeof EXERCISE_CATEGORIES)[number];

export const BODY_FOCUS = ["thoracic-spine", "neck", "shoulders", "chest", "core", "hips", "full-body", "breathing"] as const;
export type BodyFocus = (typeof BODY_FOCUS)[number];

/** How much of an exercise: one of these kinds, with the matching numeric fields. */
export const DOSE_KINDS = ["reps", "hold", "minutes"] as const;
export type DoseKind = (typeof DOSE_KINDS)[number];

/** When a program item is due. */
export const SCHEDULE_KINDS = ["before-run", "after-run", "times-per-week", "weekdays", "daily"] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** ISO weekday numbers: 1 = Monday ... 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const ASSIGNMENT_STATUSES = ["active", "paused", "ended"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

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

export const CASE_TIERS = ["emergency", "same-day", "routine", "watch"] as const;
export type CaseTier = (typeof CASE_TIERS)[number];

export const CASE_STATUSES = ["open", "acknowledged", "resolved"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_OUTCOMES = ["self-care", "treated-in-clinic", "referred-to-doctor", "sent-to-emergency"] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const RETURN_TO_RUN = ["cleared", "modified-training", "no-running"] as const;
export type ReturnToRun = (typeof RETURN_TO_RUN)[number];

export const CASE_EVENT_KINDS = [
  "opened",
  "trigger",
  "tier-raised",
  "acknowledged",
  "assigned",
  "note",
  "return-to-run",
  "assignments-changed",
  "resolved",
  "reopened",
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];
