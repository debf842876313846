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
