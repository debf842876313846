import type { CaseTier, ReturnToRun } from "./vocab";

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
