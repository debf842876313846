/**
 * Clinic cases: tiers, states, outcomes, return to run and the events of a case's history.
 * Part of the product's closed vocabularies (vocab.ts re-exports it), in a module of its own so
 * a page's browser code loads only the lists it uses.
 */

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
