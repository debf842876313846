import type { BodyFocus, DoseKind, ExerciseCategory, ScheduleKind } from "./exercise-vocab";

export const CATEGORY_LABEL: Record<ExerciseCategory, string> = {
  "warm-up": "Warm-up",
  mobility: "Mobility",
  core: "Core",
  posture: "Posture and upper-back strength",
  breathing: "Breathing",
  "cool-down": "Cool-down",
};

export const FOCUS_LABEL: Record<BodyFocus, string> = {
  "thoracic-spine": "Thoracic spine",
  neck: "Neck",
  shoulders: "Shoulders",
  chest: "Chest",
  core: "Core",
  hips: "Hips",
  "full-body": "Full body",
  breathing: "Breathing",
};

export const SCHEDULE_LABEL: Record<ScheduleKind, string> = {
  "before-run": "Before every run",
  "after-run": "After every run",
  "times-per-week": "N times a week",
  weekdays: "On chosen weekdays",
  daily: "Daily",
};

export const DOSE_KIND_LABEL: Record<DoseKind, string> = {
  reps: "Sets × reps",
  hold: "Hold (seconds)",
  minutes: "Minutes",
};
