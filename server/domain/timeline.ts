/**
 * Words for the events marked on an athlete's timeline. What a line says
 * depends on who reads it: triage tiers are staff vocabulary, and outcomes are for the athlete
 * and the clinic, not the coach.
 */
import { CASE_OUTCOME_LABEL, RETURN_TO_RUN_LABEL, TIER_LABEL } from "./labels";
import type { CaseEventKind, CaseOutcome, CaseTier, ReturnToRun } from "./vocab";

export type TimelineKind = "program-started" | "program-ended" | "program-paused" | "program-resumed" | CaseEventKind;
export type TimelineFacts = {
  kind: TimelineKind;
  program: string | null;
  version: number | null;
  tier: CaseTier | null;
  status: string | null;
  outcome: CaseOutcome | null;
};
export type Audience = { showTier: boolean; showOutcome: boolean };

const quoted = (name: string | null) => `“${name ?? "a program"}”`;

export function timelineLabel(e: TimelineFacts, who: Audience): string {
  const tier = who.showTier && e.tier && e.tier in TIER_LABEL ? ` (${TIER_LABEL[e.tier]})` : "";
  switch (e.kind) {
    case "program-started":
      return `Started ${quoted(e.program)}${e.version ? `, version ${e.version}` : ""}`;
    case "program-ended":
      return `Ended ${quoted(e.program)}`;
    case "program-paused":
      return `Paused ${quoted(e.program)}`;
    case "program-resumed":
      return `Resumed ${quoted(e.program)}`;
    case "opened":
      return `Clinic case opened${tier}`;
    case "tier-raised":
      return who.showTier && e.tier ? `Case moved up to ${TIER_LABEL[e.tier]}` : "Case updated by the clinic";
    case "acknowledged":
      return "Case picked up by the clinic";
    case "return-to-run":
      return e.status && e.status in RETURN_TO_RUN_LABEL ? `Return to run: ${RETURN_TO_RUN_LABEL[e.status as ReturnToRun]}` : "Return-to-run status changed";
    case "assignments-changed":
      return "Programs changed by the clinic";
    case "resolved":
      return who.showOutcome && e.outcome && e.outcome in CASE_OUTCOME_LABEL ? `Case closed: ${CASE_OUTCOME_LABEL[e.outcome]}` : "Case closed";
    case "reopened":
      return "Case reopened";
    default:
      return "Case updated";
  }
}

export function timelineGroup(kind: TimelineKind): "program" | "case" {
  return kind.startsWith("program-") ? "program" : "case";
}
