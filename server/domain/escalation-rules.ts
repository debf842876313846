/**
 * The escalation rules themselves, one entry per rule id. escalation.ts is the public entry
 * point; this file holds the table so each rule, its tier and its wording sit together.
 * Changing what a rule fires on, or its wording, means a new RULES_VERSION.
 */
import { addDays, daysBetween, shortDayLabel } from "./calendar";
import type { AthleteHistory, PainPoint, ReportFacts, Thresholds } from "./escalation";
import { scoreOstrcO2 } from "./ostrc";
import type { CaseTier } from "./vocab";

export const RULE_IDS = [
  "chest-breathless-sweating",
  "bladder-bowel-change",
  "progressive-weakness",
  "radiates-arm-or-neck",
  "numbness-tingling-weakness",
  "sudden-sharp-onset",
  "severe-pain",
  "fever-or-weight-loss",
  "night-pain",
  "recent-fall-or-crash",
  "persistent-pain",
  "not-easing-with-rest",
  "worsening-since-last",
  "worsening-weekly-average",
  "ostrc-substantial",
  "history-with-pain",
  "spasms",
  "first-moderate",
  "silence-after-pain",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** What a rule sees: the report, and the athlete's earlier reports oldest first (inReportOrder). */
export type RuleContext = { report: ReportFacts; earlier: readonly PainPoint[]; athlete: AthleteHistory; t: Thresholds };

export type Rule = {
  id: RuleId;
  tier: CaseTier;
  basis: (t: Thresholds) => string;
  /** The plain-words reason when the rule fires, null when it does not. */
  check: (ctx: RuleContext) => string | null;
};

/** "Tue 14 Mar". */
export const shortDay = shortDayLabel;

/** The pain a report stands for: the worse of "now" and "worst during the run". */
export const peakPain = (r: PainPoint): number => Math.max(r.painNow, r.painWorstRun ?? 0);

/** Oldest first: by day, then by the time sent (several reports a day), then by id so the order is total. */
export const inReportOrder = (a: PainPoint, b: PainPoint): number =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : a.reportedAt.getTime() - b.reportedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const fmtAvg = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
// Averages of whole numbers are not exact in floating point; this keeps "exactly 2 points up" firing.
const EPSILON = 1e-9;

const flag = (id: RuleId, tier: CaseTier, basis: string, seen: (r: ReportFacts) => string | null): Rule => ({
  id,
  tier,
  basis: () => basis,
  check: ({ report }) => {
    const what = seen(report);
    return what === null ? null : `${what}, reported ${shortDay(report.day)}.`;
  },
});

/** The unbroken run of reports at or above the persistence level that ends with `report`. */
export function persistentRun(report: PainPoint, earlier: readonly PainPoint[], t: Thresholds) {
  // A pain-free report always breaks the run, even if an admin sets the level to 0.
  const counts = (r: PainPoint) => peakPain(r) > 0 && peakPain(r) >= t.persistencePain;
  if (!counts(report)) return null;
  let from: PainPoint = report;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const r = earlier[i];
    if (r === undefined || !counts(r)) break;
    from = r;
  }
  const days = daysBetween(from.day, report.day);
  return days > t.persistenceDays ? { from, days } : null;
}

export const persistenceRule: Rule = {
  id: "persistent-pain",
  tier: "routine",
  basis: (t) => `Pain lasting more than ${t.persistenceDays} days; guidelines usually wait 2 to 4 weeks.`,
  check: ({ report, earlier, t }) => {
    const run = persistentRun(report, earlier, t);
    if (run === null) return null;
    return (
      `Pain of ${t.persistencePain}/10 or more on every report from ${shortDay(run.from.day)} to ` +
      `${shortDay(report.day)} (${run.days} days), with no pain-free report in between. ` +
      `This product flags pain that lasts more than ${t.persistenceDays} days on purpose: that is stricter ` +
      `than the 2 to 4 weeks most guidelines allow, so that a clinician looks early.`
    );
  },
};

/** Mean over the days that have reports, each day counted once at its worst. */
function dailyAverage(reports: readonly PainPoint[]): number | null {
  const worstByDay = new Map<string, number>();
  for (const r of reports) worstByDay.set(r.day, Math.max(worstByDay.get(r.day) ?? 0, peakPain(r)));
  if (worstByDay.size === 0) return null;
  return [...worstByDay.values()].reduce((a, b) => a + b, 0) / worstByDay.size;
}

function inDays(reports: readonly PainPoint[], from: string, to: string): PainPoint[] {
  return reports.filter((r) => r.day >= from && r.day <= to);
}

const OSTRC_DETAIL = {
  q1: "could not take part in training or competition",
  q2: "training changed to a moderate or major extent",
  q3: "performance affected to a moderate or major extent",
} as const;

const EMERGENCY_BASIS = "Can come from the heart or lungs: an emergency, not a physiotherapy case.";

/** Every rule that is judged when a report arrives, most urgent first. */
export const REPORT_RULES: readonly Rule[] = [
  flag("chest-breathless-sweating", "emergency", EMERGENCY_BASIS, (r) =>
    r.redFlags.chestPainBreathlessSweating ? "Chest pain, breathlessness or sweating together with the back pain" : null,
  ),
  flag("bladder-bowel-change", "emergency", "Possible pressure on the spinal cord (spinal red flag).", (r) =>
    r.redFlags.bladderOrBowelChange ? "A change in bladder or bowel control" : null,
  ),
  flag("progressive-weakness", "emergency", "Nerve function getting worse (spinal red flag).", (r) =>
    r.redFlags.progressiveWeakness ? "Weakness that keeps getting worse" : null,
  ),
  flag("radiates-arm-or-neck", "same-day", "Pain that spreads can mean an irritated nerve.", (r) =>
    r.redFlags.radiatesArmOrNeck ? "Pain spreading into the arm or neck" : r.areas.includes("arm") ? "Pain in the arm" : null,
  ),
  flag("numbness-tingling-weakness", "same-day", "Nerve symptoms need a clinician's examination.", (r) =>
    r.redFlags.numbnessTinglingWeakness ? "Numbness, tingling or weakness in the arms or legs" : null,
  ),
  flag("sudden-sharp-onset", "same-day", "Sudden, sharp pain calls for professional review.", (r) =>
    r.redFlags.suddenSharpOnset ? "Pain that came on suddenly and sharply" : null,
  ),
  {
    id: "severe-pain",
    tier: "same-day",
    basis: (t) => `Pain of ${t.severePain}/10 or more counts as severe.`,
    check: ({ report, t }) => {
      const p = peakPain(report);
      if (p < t.severePain) return null;
      const when = (report.painWorstRun ?? 0) > report.painNow ? "at its worst during the run" : "at the time of reporting";
      return `Severe pain of ${p}/10 ${when}, reported ${shortDay(report.day)}.`;
    },
  },
  flag("fever-or-weight-loss", "same-day", "Can point to an infection or another illness (general red flag).", (r) =>
    r.redFlags.feverOrWeightLoss ? "Fever or unexplained weight loss together with the back pain" : null,
  ),
  flag("night-pain", "same-day", "Pain at night is a spinal red flag.", (r) =>
    r.timings.includes("at-night") ? "Pain at night" : null,
  ),
  flag("recent-fall-or-crash", "same-day", "A fall or crash raises the chance of a fracture.", (r) =>
    r.redFlags.recentFallOrCrash ? "A recent fall or crash" : null,
  ),
  persistenceRule,
  flag("not-easing-with-rest", "routine", "Pain that rest does not ease is not behaving like a simple strain.", (r) =>
    r.redFlags.notEasingWithRest ? "Pain that does not ease with rest" : null,
  ),
  {
    id: "worsening-since-last",
    tier: "routine",
    basis: (t) => `A rise of ${t.worseningStep} points or more is clinically meaningful.`,
    check: ({ report, earlier, t }) => {
      const prev = earlier.at(-1);
      if (prev === undefined) return null;
      const [before, now] = [peakPain(prev), peakPain(report)];
      if (now - before < t.worseningStep) return null;
      if (prev.day === report.day) return `Pain rose from ${before}/10 to ${now}/10 on ${shortDay(report.day)}.`;
      return `Pain rose from ${before}/10 on ${shortDay(prev.day)} to ${now}/10 on ${shortDay(report.day)}.`;
    },
  },
  {
    id: "worsening-weekly-average",
    tier: "routine",
    basis: (t) => `Average pain over 7 days up ${t.worseningStep} points or more on the week before.`,
    check: ({ report, earlier, t }) => {
      const all = [...earlier, report];
      const thisWeek = dailyAverage(inDays(all, addDays(report.day, -6), report.day));
      const weekBefore = dailyAverage(inDays(all, addDays(report.day, -13), addDays(report.day, -7)));
      if (thisWeek === null || weekBefore === null || thisWeek - weekBefore < t.worseningStep - EPSILON) return null;
      return (
        `Average pain over the 7 days to ${shortDay(report.day)} was ${fmtAvg(thisWeek)}/10, ` +
        `up from ${fmtAvg(weekBefore)}/10 in the 7 days before.`
      );
    },
  },
  {
    id: "ostrc-substantial",
    tier: "routine",
    basis: () => "Substantial problem on the OSTRC-O2 questionnaire (not validated for the upper back).",
    check: ({ report }) => {
      if (report.ostrc === null || scoreOstrcO2(report.ostrc).substantial !== true) return null;
      const { q1, q2, q3 } = report.ostrc;
      const details: string[] = [];
      if (q1 === 3) details.push(OSTRC_DETAIL.q1);
      if ((q2 ?? 0) >= 2) details.push(OSTRC_DETAIL.q2);
      if ((q3 ?? 0) >= 2) details.push(OSTRC_DETAIL.q3);
      const said = details.join("; ");
      return `The weekly questionnaire answered ${shortDay(report.day)} shows a substantial problem: ${said}.`;
    },
  },
  {
    id: "history-with-pain",
    tier: "routine",
    basis: (t) => `A history of back problems gives more weight to pain of ${t.historyPain}/10 or more.`,
    check: ({ report, athlete, t }) => {
      const p = peakPain(report);
      if (!athlete.historyOfBackProblems || p < t.historyPain) return null;
      return `Pain of ${p}/10 reported ${shortDay(report.day)} by an athlete with a history of back problems.`;
    },
  },
  flag("spasms", "routine", "Strong muscle spasms call for review.", (r) =>
    r.qualities.includes("spasm") ? "Muscle spasms" : null,
  ),
];

/** Only judged when no other rule fired: the quietest signal the product raises. */
export const firstModerateRule: Rule = {
  id: "first-moderate",
  tier: "watch",
  basis: () => "Moderate pain (4 to 6 out of 10) for the first time: worth watching.",
  check: ({ report, earlier }) => {
    const p = peakPain(report);
    if (p < 4 || p > 6 || earlier.some((r) => peakPain(r) >= 4)) return null;
    return `First moderate pain: ${p}/10 on ${shortDay(report.day)}; no earlier report reached 4/10.`;
  },
};

export const silenceRule = {
  id: "silence-after-pain",
  tier: "watch",
  basis: (t: Thresholds) => `No news after pain of ${t.silencePain}/10 or more: someone should check in.`,
  check: (latest: PainPoint, today: string, t: Thresholds): string | null => {
    const quiet = daysBetween(latest.day, today);
    if (peakPain(latest) < t.silencePain || quiet < t.silenceDays) return null;
    return `No report for ${quiet} days since pain of ${peakPain(latest)}/10 on ${shortDay(latest.day)}.`;
  },
} as const;
