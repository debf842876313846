import type { CaseOutcome, CaseStatus, CaseTier, ReturnToRun } from "./case-vocab";

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
