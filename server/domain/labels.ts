import type { CaseOutcome, CaseStatus, CaseTier, RedFlag, ReturnToRun } from "./vocab";

export const TIER_LABEL: Record<CaseTier, string> = {
  emergency: "Emergency",
  "same-day": "Same day",
  routine: "Routine",
  watch: "Watch",
};

export const RETURN_TO_RUN_LABEL: Record<ReturnToRun, string> = {
  cleared: "Cleared to run",
  "modified-training": "Modified training",
  "no-running": "No running",
};

export const CATEGORY_LABEL: Record<import("./vocab").ExerciseCategory, string> = {
  "warm-up": "Warm-up",
  mobility: "Mobility",
  core: "Core",
  posture: "Posture and upper-back strength",
  breathing: "Breathing",
  "cool-down": "Cool-down",
};

export const FOCUS_LABEL: Record<import("./vocab").BodyFocus, string> = {
  "thoracic-spine": "Thoracic spine",
  neck: "Neck",
  shoulders: "Shoulders",
  chest: "Chest",
  core: "Core",
  hips: "Hips",
  "full-body": "Full body",
  breathing: "Breathing",
};

export const SCHEDULE_LABEL: Record<import("./vocab").ScheduleKind, string> = {
  "before-run": "Before every run",
  "after-run": "After every run",
  "times-per-week": "N times a week",
  weekdays: "On chosen weekdays",
  daily: "Daily",
};

export const DOSE_KIND_LABEL: Record<import("./vocab").DoseKind, string> = {
  reps: "Sets × reps",
  hold: "Hold (seconds)",
  minutes: "Minutes",
};

export const CASE_STATUS_LABEL: Record<CaseStatus, string> = {
  open: "Waiting for acknowledgement",
  acknowledged: "Acknowledged",
  resolved: "Resolved",
};

export const CASE_OUTCOME_LABEL: Record<CaseOutcome, string> = {
  "self-care": "Self-care",
  "treated-in-clinic": "Treated in clinic",
  "referred-to-doctor": "Referred to a doctor",
  "sent-to-emergency": "Sent to emergency care",
};

// Kept in their own module so the pain report form loads only these.
export { PAIN_AREA_LABEL, PAIN_QUALITY_LABEL, PAIN_TIMING_LABEL } from "./pain-labels";

/** Short names of the red flags, for clinic staff reading a report. */
export const RED_FLAG_LABEL: Record<RedFlag, string> = {
  radiatesArmOrNeck: "Spreads into arm or neck",
  numbnessTinglingWeakness: "Numbness, tingling or weakness",
  progressiveWeakness: "Weakness getting worse",
  suddenSharpOnset: "Sudden sharp onset",
  notEasingWithRest: "Not easing with rest",
  chestPainBreathlessSweating: "Chest pain, breathlessness or sweating",
  feverOrWeightLoss: "Fever or weight loss",
  bladderOrBowelChange: "Bladder or bowel change",
  recentFallOrCrash: "Recent fall or crash",
};
