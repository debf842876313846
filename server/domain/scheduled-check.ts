/**
 * Pure parts of the hourly check: which time-based triggers are news, and what physios are
 * told about a case nobody acknowledged in time. The service around them lives in
 * server/services/scheduler.ts.
 */
import { reviewWithin, type Trigger } from "./escalation";
import { TIER_LABEL } from "./labels";
import type { CaseTier } from "./vocab";

export const CHECK_INTERVAL_MS = 60 * 60_000;
/** How often waiting emails are looked at: an emergency email must not wait for the hourly check. */
export const OUTBOX_INTERVAL_MS = 60_000;
/** Athletes whose latest report is older than this are not checked: every time rule has long gone quiet. */
export const CHECK_LOOKBACK_DAYS = 60;

export const OVERDUE_KIND = "case-overdue";

/** A trigger recorded earlier on one of the athlete's cases. */
export type RaisedTrigger = { ruleId: string; reason: string; reportId: string | null };

/**
 * The triggers from `evaluateScheduled` worth raising. A time-based trigger is raised at most
 * once per rule and report: the silence reason counts days, so its wording changes daily and
 * would otherwise raise it again every day. Nothing is raised when a case was resolved after
 * the report the triggers are about: a clinician looked after that report, and the same old
 * silence must not reopen the case every hour.
 */
export function newScheduledTriggers(input: { triggers: readonly Trigger[]; raised: readonly RaisedTrigger[]; resolvedAfterReport: boolean }): Trigger[] {
  if (input.resolvedAfterReport) return [];
  const byReport = new Set(input.raised.map((r) => `${r.ruleId}|${r.reportId}`));
  const byReason = new Set(input.raised.map((r) => `${r.ruleId}|${r.reason}`));
  return input.triggers.filter((t) => !byReport.has(`${t.ruleId}|${t.reportId}`) && !byReason.has(`${t.ruleId}|${t.reason}`));
}

export type OverdueCase = { caseId: string; athleteName: string; tier: CaseTier; openedAt: Date; ackDueAt: Date };

/** The in-app notice for physios. The deadline is given as the time allowed, which never goes stale. */
export function overdueNotification(c: OverdueCase) {
  const allowedMinutes = Math.max(1, Math.round((c.ackDueAt.getTime() - c.openedAt.getTime()) / 60_000));
  return {
    kind: OVERDUE_KIND,
    title: `Overdue ${TIER_LABEL[c.tier].toLowerCase()} case: ${c.athleteName}`,
    body: `Nobody has acknowledged this case yet. It should have been acknowledged ${reviewWithin(allowedMinutes)} of opening.`,
    link: caseLink(c.caseId),
  };
}

export function caseLink(caseId: string): string {
  return `/triage/cases/${caseId}`;
}
