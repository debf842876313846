import { describe, expect, it } from "vitest";
import {
  ackDueAt,
  ATHLETE_MESSAGES,
  compareTiers,
  DEFAULT_ACK_DEADLINES,
  DEFAULT_THRESHOLDS,
  evaluateReport,
  evaluateScheduled,
  isOverdue,
  maxTier,
  nextStepsForAthlete,
  NOT_MEDICAL_ADVICE,
  reviewWithin,
  RULE_IDS,
  RULES_VERSION,
  TIER_RANK,
  type ReportFacts,
  type RuleId,
  type Thresholds,
  type Trigger,
} from "./escalation";
import { CASE_TIERS, type CaseTier } from "./vocab";

let seq = 0;
function rep(day: string, pain: number, extra: Partial<ReportFacts> = {}): ReportFacts {
  seq += 1;
  return {
    id: `r${String(seq).padStart(4, "0")}`,
    day,
    // Noon of its day, plus a millisecond per report made: later reports of a day were sent later.
    reportedAt: new Date(Date.parse(`${day}T12:00:00Z`) + seq),
    painNow: pain,
    painWorstRun: null,
    areas: ["upper-back"],
    timings: [],
    qualities: [],
    redFlags: {},
    ostrc: null,
    ...extra,
  };
}

function run(report: ReportFacts, previous: ReportFacts[] = [], opts: { history?: boolean; t?: Partial<Thresholds> } = {}) {
  return evaluateReport({
    report,
    previous,
    athlete: { historyOfBackProblems: opts.history ?? false },
    thresholds: { ...DEFAULT_THRESHOLDS, ...opts.t },
  });
}
const ids = (triggers: Trigger[]): RuleId[] => triggers.map((t) => t.ruleId);
const DAY = "2026-03-14"; // a Saturday

describe("constants", () => {
  it("versions the rules and keeps the issue's defaults", () => {
    expect(RULES_VERSION).toBe("2026-12-1");
    expect(DEFAULT_THRESHOLDS).toEqual({
      severePain: 7,
      persistenceDays: 7,
      persistencePain: 3,
      worseningStep: 2,
      historyPain: 4,
      silenceDays: 5,
      silencePain: 4,
    });
    expect(DEFAULT_ACK_DEADLINES).toEqual({ emergency: 60, "same-day": 1440, routine: 4320, watch: 10080 });
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});

describe("tiers", () => {
  it("sorts most urgent first", () => {
    expect(["watch", "emergency", "routine", "same-day"].sort((a, b) => compareTiers(a as CaseTier, b as CaseTier))).toEqual([
      ...CASE_TIERS,
    ]);
    expect(CASE_TIERS.every((t, i) => i === 0 || TIER_RANK[t] < TIER_RANK[CASE_TIERS[i - 1] as CaseTier])).toBe(true);
  });

  it.each<[CaseTier[], CaseTier | null]>([
    [[], null],
    [["watch"], "watch"],
    [["watch", "routine"], "routine"],
    [["routine", "emergency", "same-day"], "emergency"],
  ])("maxTier(%j) = %s", (tiers, top) => {
    expect(maxTier(tiers)).toBe(top);
  });
});

describe("evaluateReport: single-report rules", () => {
  it.each<[string, Partial<ReportFacts>, RuleId, CaseTier]>([
    ["chest pain", { redFlags: { chestPainBreathlessSweating: true } }, "chest-breathless-sweating", "emergency"],
    ["bladder/bowel", { redFlags: { bladderOrBowelChange: true } }, "bladder-bowel-change", "emergency"],
    ["progressive weakness", { redFlags: { progressiveWeakness: true } }, "progressive-weakness", "emergency"],
    ["radiating flag", { redFlags: { radiatesArmOrNeck: true } }, "radiates-arm-or-neck", "same-day"],
    ["arm area", { areas: ["upper-back", "arm"] }, "radiates-arm-or-neck", "same-day"],
    ["numbness", { redFlags: { numbnessTinglingWeakness: true } }, "numbness-tingling-weakness", "same-day"],
    ["sudden sharp onset", { redFlags: { suddenSharpOnset: true } }, "sudden-sharp-onset", "same-day"],
    ["fever", { redFlags: { feverOrWeightLoss: true } }, "fever-or-weight-loss", "same-day"],
    ["night pain", { timings: ["after-run", "at-night"] }, "night-pain", "same-day"],
    ["fall", { redFlags: { recentFallOrCrash: true } }, "recent-fall-or-crash", "same-day"],
    ["not easing", { redFlags: { notEasingWithRest: true } }, "not-easing-with-rest", "routine"],
    ["spasms", { qualities: ["ache", "spasm"] }, "spasms", "routine"],
  ])("%s", (_label, extra, ruleId, tier) => {
    const report = rep(DAY, 2, extra);
    const triggers = run(report);
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({ ruleId, tier, reportId: report.id });
    expect(triggers[0]?.reason).toContain("Sat 14 Mar");
    expect(triggers[0]?.basis.length).toBeGreaterThan(10);
  });

  it.each<[string, Partial<ReportFacts>]>([
    ["flags answered no", { redFlags: { chestPainBreathlessSweating: false, radiatesArmOrNeck: false } }],
    ["pain at rest is not night pain", { timings: ["at-rest"] }],
    ["a sharp quality is not a sudden onset", { qualities: ["sharp"] }],
    ["neck area alone is not the radiating flag", { areas: ["neck"] }],
  ])("no trigger: %s", (_label, extra) => {
    expect(run(rep(DAY, 2, extra))).toEqual([]);
  });

  it("words the radiating reason in plain language", () => {
    const [t] = run(rep(DAY, 2, { redFlags: { radiatesArmOrNeck: true } }));
    expect(t?.reason).toBe("Pain spreading into the arm or neck, reported Sat 14 Mar.");
  });

  it.each<[number, number | null, Partial<Thresholds>, boolean]>([
    [6, null, {}, false],
    [7, null, {}, true],
    [10, null, {}, true],
    [3, 7, {}, true],
    [3, 6, {}, false],
    [7, null, { severePain: 8 }, false],
    [8, null, { severePain: 8 }, true],
  ])("severe pain: now %i, worst in run %s, %j -> %s", (now, worst, t, fires) => {
    expect(ids(run(rep(DAY, now, { painWorstRun: worst }), [], { t })).includes("severe-pain")).toBe(fires);
  });

  it("says when severe pain was at its worst", () => {
    const [t] = run(rep(DAY, 3, { painWorstRun: 8 }));
    expect(t?.reason).toBe("Severe pain of 8/10 at its worst during the run, reported Sat 14 Mar.");
  });

  it.each<[boolean, number, boolean]>([
    [true, 4, true],
    [true, 3, false],
    [false, 6, false],
  ])("history of back problems %s with pain %i -> %s", (history, pain, fires) => {
    expect(ids(run(rep(DAY, pain), [], { history })).includes("history-with-pain")).toBe(fires);
  });

  it.each<[string, ReportFacts["ostrc"], boolean, string | null]>([
    ["reduced participation, performance moderately hit", { q1: 2, q2: 0, q3: 2, q4: 1 }, true, "performance affected"],
    ["could not take part", { q1: 3, q2: null, q3: null, q4: 2 }, true, "could not take part"],
    ["full participation with a minor problem", { q1: 1, q2: 0, q3: 0, q4: 1 }, false, null],
    ["no problem, rest skipped", { q1: 0, q2: null, q3: null, q4: null }, false, null],
    ["not asked", null, false, null],
  ])("OSTRC-O2: %s -> %s", (_label, ostrc, fires, words) => {
    const t = run(rep(DAY, 2, { ostrc })).find((x) => x.ruleId === "ostrc-substantial");
    expect(t !== undefined).toBe(fires);
    if (words !== null) expect(t?.reason).toContain(words);
  });

  it("lists triggers most urgent first", () => {
    const report = rep(DAY, 8, { qualities: ["spasm"], redFlags: { chestPainBreathlessSweating: true } });
    const triggers = run(report);
    expect(ids(triggers)).toEqual(["chest-breathless-sweating", "severe-pain", "spasms"]);
    expect([...triggers].sort((a, b) => compareTiers(a.tier, b.tier))).toEqual(triggers);
  });

  it.each([-1, 11, 2.5])("refuses a pain score of %s", (pain) => {
    expect(() => run(rep(DAY, pain))).toThrow(RangeError);
    expect(() => run(rep(DAY, 2), [rep("2026-03-10", pain)])).toThrow(RangeError);
  });
});

describe("evaluateScheduled", () => {
  const T = DEFAULT_THRESHOLDS;
  const sched = (reports: ReportFacts[], today: string, t: Partial<Thresholds> = {}) =>
    evaluateScheduled({ reports, today, thresholds: { ...T, ...t } });

  it("has nothing to say without reports", () => expect(sched([], DAY)).toEqual([]));

  it("judges persistence on the latest report as of today", () => {
    const latest = rep("2026-03-09", 3);
    const reports = [rep("2026-03-01", 3), rep("2026-03-05", 3), latest, rep("2026-03-20", 0)];
    const triggers = sched(reports, "2026-03-10");
    expect(triggers.map((t) => [t.ruleId, t.reportId])).toEqual([["persistent-pain", latest.id]]);
    expect(sched(reports, "2026-03-20")).toEqual([]);
  });

  it.each<[string, number, string, boolean]>([
    ["5 days of silence after 4/10", 4, "2026-03-15", true],
    ["4 days is not yet", 4, "2026-03-14", false],
    ["after 3/10 silence is fine", 3, "2026-03-20", false],
  ])("%s", (_label, pain, today, fires) => {
    const triggers = sched([rep("2026-03-10", pain)], today);
    expect(triggers.some((t) => t.ruleId === "silence-after-pain" && t.tier === "watch")).toBe(fires);
  });

  it("only the latest report matters for silence, and worst-in-run counts", () => {
    expect(sched([rep("2026-03-01", 8), rep("2026-03-10", 0)], "2026-03-20")).toEqual([]);
    const [t] = sched([rep("2026-03-10", 1, { painWorstRun: 6 })], "2026-03-16");
    expect(t?.reason).toBe("No report for 6 days since pain of 6/10 on Tue 10 Mar.");
  });
});

describe("acknowledgement deadlines", () => {
  const opened = new Date("2026-03-14T10:00:00Z");
  it.each<[CaseTier, string]>([
    ["emergency", "2026-03-14T11:00:00.000Z"],
    ["same-day", "2026-03-15T10:00:00.000Z"],
    ["routine", "2026-03-17T10:00:00.000Z"],
    ["watch", "2026-03-21T10:00:00.000Z"],
  ])("%s is due at %s", (tier, due) => {
    expect(ackDueAt(tier, opened).toISOString()).toBe(due);
  });

  it("honours custom deadlines", () => {
    expect(ackDueAt("emergency", opened, { ...DEFAULT_ACK_DEADLINES, emergency: 15 }).toISOString()).toBe(
      "2026-03-14T10:15:00.000Z",
    );
  });

  it.each<[number, boolean]>([
    [59 * 60_000, false],
    [60 * 60_000, false],
    [60 * 60_000 + 1, true],
  ])("emergency %i ms after opening: overdue %s", (ms, overdue) => {
    expect(isOverdue("emergency", opened, new Date(opened.getTime() + ms))).toBe(overdue);
  });
});

describe("nextStepsForAthlete", () => {
  const trig = (tier: CaseTier): Trigger => ({ ruleId: "spasms", tier, reason: "r", basis: "b", reportId: "x" });

  it.each<[CaseTier[], string]>([
    [[], "self-care"],
    [["watch"], "self-care"],
    [["routine", "watch"], "review"],
    [["same-day", "routine"], "review"],
    [["watch", "emergency", "same-day"], "emergency"],
  ])("%j -> %s", (tiers, kind) => {
    const steps = nextStepsForAthlete(tiers.map(trig));
    expect(steps.kind).toBe(kind);
    expect(steps.messages.at(-1)).toBe("not-medical-advice");
  });

  it("tells the athlete by when a physiotherapist will look", () => {
    expect(nextStepsForAthlete([trig("routine")])).toMatchObject({ kind: "review", reviewWithinMinutes: 4320, within: "within 3 days" });
    expect(nextStepsForAthlete([trig("same-day")])).toMatchObject({ within: "within a day" });
    const custom = nextStepsForAthlete([trig("same-day")], { ...DEFAULT_ACK_DEADLINES, "same-day": 120 });
    expect(custom).toMatchObject({ within: "within 2 hours" });
  });

  it("adds the watching note only for a watch case", () => {
    expect(nextStepsForAthlete([trig("watch")])).toMatchObject({ watching: true });
    expect(nextStepsForAthlete([trig("watch")]).messages).toContain("self-care.watching");
    expect(nextStepsForAthlete([]).messages).not.toContain("self-care.watching");
  });

  it.each<[number, string]>([
    [30, "within 30 minutes"],
    [60, "within an hour"],
    [90, "within 90 minutes"],
    [120, "within 2 hours"],
    [1440, "within a day"],
    [4320, "within 3 days"],
    [10080, "within a week"],
    [20160, "within 2 weeks"],
  ])("reviewWithin(%i) = %s", (minutes, words) => {
    expect(reviewWithin(minutes)).toBe(words);
  });

  it("has a text for every key and says it is not medical advice", () => {
    for (const text of Object.values(ATHLETE_MESSAGES)) expect(text.trim().length).toBeGreaterThan(10);
    expect(ATHLETE_MESSAGES["review.when"]).toContain("{within}");
    expect(NOT_MEDICAL_ADVICE).toContain("not medical advice");
  });
});
