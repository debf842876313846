/**
 * Triage of pain reports into case tiers. Red flags route a case to a clinician; they diagnose
 * nothing, and many fire on harmless causes: the rules err on the side of a human looking.
 * Every case records RULES_VERSION so a later change of rules never rewrites why an old case opened.
 */
import {
  byDayThenId,
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
import type { CaseTier, PainArea, PainQuality, PainTiming, RedFlagAnswers } from "./vocab";

export { RULE_IDS, type RuleId } from "./escalation-rules";

export const RULES_VERSION = "2026-11-1";

export type Thresholds = {
  /** NRS at or above which pain is severe (same-day). */
  severePain: number;
  /** Pain must persist for more than this many days (routine). */
  persistenceDays: number;
  /** NRS at or above which a report counts towards persistence. */
  persistencePain: number;
  /** NRS points of rise that count as worsening (routine). */
  worseningStep: number;
  /** NRS at or above which a history of back problems escalates (routine). */
  historyPain: number;
  /** Days without a report after notable pain before someone checks in (watch). */
  silenceDays: number;
  /** NRS at or above which a later silence matters. */
  silencePain: number;
};

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  severePain: 7,
  persistenceDays: 7,
  persistencePain: 3,
  worseningStep: 2,
  historyPain: 4,
  silenceDays: 5,
  silencePain: 4,
});

/** Minutes from a case opening until someone must acknowledge it. */
export type AckDeadlines = Record<CaseTier, number>;

export const DEFAULT_ACK_DEADLINES: Readonly<AckDeadlines> = Object.freeze({
  emergency: 60,
  "same-day": 1440,
  routine: 4320,
  watch: 10080,
});

/** Higher is more urgent. */
export const TIER_RANK: Readonly<Record<CaseTier, number>> = Object.freeze({
  emergency: 4,
  "same-day": 3,
  routine: 2,
  watch: 1,
});

/** For sort(): most urgent first. Negative when `a` is more urgent than `b`. */
export function compareTiers(a: CaseTier, b: CaseTier): number {
  return TIER_RANK[b] - TIER_RANK[a];
}

/** The most urgent tier, or null for none. */
export function maxTier(tiers: Iterable<CaseTier>): CaseTier | null {
  let top: CaseTier | null = null;
  for (const tier of tiers) if (top === null || TIER_RANK[tier] > TIER_RANK[top]) top = tier;
  return top;
}

export type ReportFacts = {
  id: string;
  /** Athlete-local calendar day, YYYY-MM-DD. */
  day: string;
  painNow: number;
  painWorstRun: number | null;
  areas: PainArea[];
  timings: PainTiming[];
  qualities: PainQuality[];
  redFlags: RedFlagAnswers;
  ostrc: OstrcAnswers | null;
};

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
function assertReport(r: ReportFacts): void {
  assertNrs(r.painNow);
  if (r.painWorstRun !== null) assertNrs(r.painWorstRun);
}

/**
 * Triggers raised by a new report, most urgent first. `previous` are the athlete's earlier
 * reports in any order; any dated after the report (or the report itself) are ignored.
 */
export function evaluateReport(input: {
  report: ReportFacts;
  previous: readonly ReportFacts[];
  athlete: AthleteHistory;
  thresholds?: Thresholds;
}): Trigger[] {
  const { report, athlete, thresholds: t = DEFAULT_THRESHOLDS } = input;
  assertReport(report);
  const earlier = input.previous.filter((r) => r.id !== report.id && r.day <= report.day).sort(byDayThenId);
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
  const known = input.reports.filter((r) => r.day <= today).sort(byDayThenId);
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

// ---- What the athlete is told -------------------------------------------------------------

export const NOT_MEDICAL_ADVICE =
  "This is general information, not medical advice, and it does not diagnose anything. If you are " +
  "worried about your symptoms, contact a doctor or physiotherapist. In an emergency, call your local emergency number.";

/** Texts the UI renders by key. "{within}" is filled from AthleteNextSteps.within. */
export const ATHLETE_MESSAGES = {
  "emergency.now":
    "Please get urgent medical help now: call your local emergency number or go to the nearest emergency " +
    "department. Do not run, and do not wait for a reply in the app.",
  "emergency.why":
    "Some of what you reported can come from the heart, the lungs or the nerves of the spine rather than " +
    "a strained muscle. Only an examination can tell, and it should happen straight away.",
  "review.who": "A physiotherapist will look at your report.",
  "review.when": "You should hear from them {within}.",
  "review.meanwhile": "Until then, rest from whatever makes the pain worse and skip hard or long runs.",
  "review.if-worse":
    "If it gets worse before you hear back, or you notice chest pain, breathlessness, new numbness or " +
    "weakness, or a change in bladder or bowel control, get urgent medical help straight away.",
  "self-care.intro": "Nothing in your report needs a clinician right now. These steps often help a sore upper back settle:",
  "self-care.rest": "Ease off whatever aggravates the pain; an extra rest day or an easier run is fine.",
  "self-care.cold-heat":
    "In the first days, a cold pack for 15 to 20 minutes at a time can calm things down; after that, " +
    "warmth helps tight muscles relax.",
  "self-care.move": "Keep moving gently: easy walks, shoulder rolls and light stretches, staying within comfort.",
  "self-care.posture": "Break up long spells of sitting, and keep your shoulders low and relaxed when you run.",
  "self-care.medication": "Take pain relief only as a doctor, a pharmacist or the package directs.",
  "self-care.watching": "This is the first time you reported moderate pain, so your team will keep an eye on how it goes.",
  "self-care.report-again":
    "Log your pain again over the next few days. If it stays, gets worse or anything new appears, report it and it will be reviewed.",
  "not-medical-advice": NOT_MEDICAL_ADVICE,
} as const;
export type AthleteMessageKey = keyof typeof ATHLETE_MESSAGES;

export type AthleteNextSteps =
  | { kind: "emergency"; messages: AthleteMessageKey[] }
  | { kind: "review"; tier: "same-day" | "routine"; reviewWithinMinutes: number; within: string; messages: AthleteMessageKey[] }
  | { kind: "self-care"; watching: boolean; messages: AthleteMessageKey[] };

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
