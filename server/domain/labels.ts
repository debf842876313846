import type { CaseOutcome, CaseStatus, CaseTier, PainArea, PainQuality, PainTiming, RedFlag, ReturnToRun } from "./vocab";

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

export const PAIN_AREA_LABEL: Record<PainArea, string> = {
  "upper-back": "Upper back, between the shoulder blades",
  neck: "Neck",
  shoulder: "Shoulder",
  "mid-back": "Middle of the back",
  "lower-back": "Lower back",
  chest: "Chest",
  arm: "Arm",
};

export const PAIN_TIMING_LABEL: Record<PainTiming, string> = {
  "during-run": "During runs",
  "after-run": "After runs",
  "at-rest": "At rest",
  "at-night": "At night",
};

export const PAIN_QUALITY_LABEL: Record<PainQuality, string> = {
  ache: "Ache",
  stiffness: "Stiffness",
  sharp: "Sharp",
  spasm: "Spasm",
  burning: "Burning",
};

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
