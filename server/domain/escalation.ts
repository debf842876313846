/**
 * Triage of pain reports into case tiers. Red flags route a case to a clinician; they diagnose
 * nothing, and many fire on harmless causes: the rules err on the side of a human looking.
 * Every case records RULES_VERSION so a later change of rules never rewrites why an old case opened.
 */
import {
  inReportOrder,
  firstModerateRule,
  persistenceRule,
  REPORT_RULES,
  silenceRule,
  type Rule,
  type RuleContext,
  type RuleId,
} from "./escalation-rules";
import type { OstrcAnswers } from "./ostrc";
import { assertNrs } from "./pain";
import type { AthleteMessageKey, AthleteNextSteps } from "./athlete-messages";
import { type AckDeadlines, DEFAULT_ACK_DEADLINES, DEFAULT_THRESHOLDS, maxTier, type Thresholds } from "./escalation-settings";
import type { CaseTier, PainArea, PainQuality, PainTiming, RedFlagAnswers } from "./vocab";

export { RULE_IDS, type RuleId } from "./escalation-rules";
export {
  type AckDeadlines,
  compareTiers,
  DEFAULT_ACK_DEADLINES,
  DEFAULT_THRESHOLDS,
  maxTier,
  type Thresholds,
  TIER_RANK,
} from "./escalation-settings";
export { ATHLETE_MESSAGES, type AthleteMessageKey, type AthleteNextSteps, NOT_MEDICAL_ADVICE } from "./athlete-messages";

export const RULES_VERSION = "2026-12-1";

export type ReportFacts = {
  id: string;
  /** Athlete-local calendar day, YYYY-MM-DD. */
  day: string;
  /** When it was sent: orders an athlete's reports within a day. */
  reportedAt: Date;
  painNow: number;
  painWorstRun: number | null;
  areas: PainArea[];
  timings: PainTiming[];
  qualities: PainQuality[];
  redFlags: RedFlagAnswers;
  ostrc: OstrcAnswers | null;
};

/** What the rules read of an earlier report: when it was sent and its pain (the rest is judged on the new report only). */
export type PainPoint = Pick<ReportFacts, "id" | "day" | "reportedAt" | "painNow" | "painWorstRun">;

export type AthleteHistory = { historyOfBackProblems: boolean };

export type Trigger = {
  ruleId: RuleId;
  tier: CaseTier;
  /** Plain words for the physiotherapist: what was seen and when. */
  reason: string;
  /** Short guideline basis for the rule. */
  basis: string;
  reportId: string | null;
};

function fire(rule: Rule, ctx: RuleContext): Trigger | null {
  const reason = rule.check(ctx);
  return reason === null ? null : { ruleId: rule.id, tier: rule.tier, reason, basis: rule.basis(ctx.t), reportId: ctx.report.id };
}

// A bad score would silently skip the severe rule; refusing the report is safer than a wrong triage.
function assertReport(r: PainPoint): void {
  assertNrs(r.painNow);
  if (r.painWorstRun !== null) assertNrs(r.painWorstRun);
}

/**
 * Triggers raised by a new report, most urgent first. `previous` are the athlete's earlier
 * reports in any order; any dated after the report (or the report itself) are ignored.
 */
export function evaluateReport(input: {
  report: ReportFacts;
  previous: readonly PainPoint[];
  athlete: AthleteHistory;
  thresholds?: Thresholds;
}): Trigger[] {
  const { report, athlete, thresholds: t = DEFAULT_THRESHOLDS } = input;
  assertReport(report);
  const earlier = input.previous.filter((r) => r.id !== report.id && r.day <= report.day).sort(inReportOrder);
  earlier.forEach(assertReport);
  const ctx: RuleContext = { report, earlier, athlete, t };
  const triggers = REPORT_RULES.map((rule) => fire(rule, ctx)).filter((x): x is Trigger => x !== null);
  if (triggers.length > 0) return triggers;
  const watch = fire(firstModerateRule, ctx);
  return watch === null ? [] : [watch];
}

/**
 * Time-based rules, run on a schedule for one athlete: persistence judged on the latest report
 * as of `today` (athlete-local), and silence after a notable report.
 */
export function evaluateScheduled(input: { reports: readonly ReportFacts[]; today: string; thresholds?: Thresholds }): Trigger[] {
  const { today, thresholds: t = DEFAULT_THRESHOLDS } = input;
  const known = input.reports.filter((r) => r.day <= today).sort(inReportOrder);
  known.forEach(assertReport);
  const latest = known.at(-1);
  if (latest === undefined) return [];
  const ctx: RuleContext = { report: latest, earlier: known.slice(0, -1), athlete: { historyOfBackProblems: false }, t };
  const triggers: Trigger[] = [];
  const persistent = fire(persistenceRule, ctx);
  if (persistent !== null) triggers.push(persistent);
  const silence = silenceRule.check(latest, today, t);
  if (silence !== null) {
    triggers.push({ ruleId: silenceRule.id, tier: silenceRule.tier, reason: silence, basis: silenceRule.basis(t), reportId: latest.id });
  }
  return triggers;
}

/** When acknowledgement of a case of `tier` opened at `openedAt` falls due. */
export function ackDueAt(tier: CaseTier, openedAt: Date, deadlines: AckDeadlines = DEFAULT_ACK_DEADLINES): Date {
  return new Date(openedAt.getTime() + deadlines[tier] * 60_000);
}

/** True once `now` is past the deadline; exactly at the deadline is still on time. */
export function isOverdue(tier: CaseTier, openedAt: Date, now: Date, deadlines: AckDeadlines = DEFAULT_ACK_DEADLINES): boolean {
  return now.getTime() > ackDueAt(tier, openedAt, deadlines).getTime();
}

/** "within an hour", "within 3 days", "within a week": the deadline in words an athlete reads. */
export function reviewWithin(minutes: number): string {
  const units: [number, string, string][] = [
    [10080, "a week", "weeks"],
    [1440, "a day", "days"],
    [60, "an hour", "hours"],
  ];
  for (const [size, one, many] of units) {
    if (minutes >= size && minutes % size === 0) return minutes === size ? `within ${one}` : `within ${minutes / size} ${many}`;
  }
  return `within ${minutes} minutes`;
}

/** What the athlete sees after reporting, from the triggers their report raised. */
export function nextStepsForAthlete(
  triggers: readonly Trigger[],
  deadlines: AckDeadlines = DEFAULT_ACK_DEADLINES,
): AthleteNextSteps {
  const tier = maxTier(triggers.map((t) => t.tier));
  if (tier === "emergency") return { kind: "emergency", messages: ["emergency.now", "emergency.why", "not-medical-advice"] };
  if (tier === "same-day" || tier === "routine") {
    const minutes = deadlines[tier];
    return {
      kind: "review",
      tier,
      reviewWithinMinutes: minutes,
      within: reviewWithin(minutes),
      messages: ["review.who", "review.when", "review.meanwhile", "review.if-worse", "not-medical-advice"],
    };
  }
  const selfCare: AthleteMessageKey[] = [
    "self-care.intro",
    "self-care.rest",
    "self-care.cold-heat",
    "self-care.move",
    "self-care.posture",
    "self-care.medication",
  ];
  const watching = tier === "watch";
  if (watching) selfCare.push("self-care.watching");
  return { kind: "self-care", watching, messages: [...selfCare, "self-care.report-again", "not-medical-advice"] };
}
