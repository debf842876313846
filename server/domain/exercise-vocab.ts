/**
 * Exercises and programs: categories, body focus, doses, schedules, weekdays, assignment states.
 * Part of the product's closed vocabularies (vocab.ts re-exports it), in a module of its own so
 * a page's browser code loads only the lists it uses.
 */

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
