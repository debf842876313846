import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, evaluateReport, type ReportFacts, type RuleId, type Thresholds, type Trigger } from "./escalation";

// The rules that look back over earlier reports, exercised through the public evaluateReport.

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

function run(report: ReportFacts, previous: ReportFacts[] = [], opts: { t?: Partial<Thresholds> } = {}) {
  return evaluateReport({ report, previous, athlete: { historyOfBackProblems: false }, thresholds: { ...DEFAULT_THRESHOLDS, ...opts.t } });
}
const ids = (triggers: Trigger[]): RuleId[] => triggers.map((t) => t.ruleId);
const DAY = "2026-03-14"; // a Saturday

describe("evaluateReport: persistence", () => {
  const daily = (from: number, to: number, pain: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => rep(`2026-03-${String(from + i).padStart(2, "0")}`, pain));
  const persists = (report: ReportFacts, previous: ReportFacts[], t: Partial<Thresholds> = {}) =>
    ids(run(report, previous, { t })).includes("persistent-pain");

  it.each<[string, ReportFacts[], string, boolean]>([
    ["daily for 7 days is not more than 7", daily(1, 7, 3), "2026-03-08", false],
    ["daily for 8 days is", daily(1, 8, 3), "2026-03-09", true],
    ["two reports 8 days apart are enough", daily(1, 1, 3), "2026-03-09", true],
    ["two reports 7 days apart are not", daily(2, 2, 3), "2026-03-09", false],
  ])("%s", (_label, previous, day, fires) => {
    expect(persists(rep(day, 3), previous)).toBe(fires);
  });

  it.each<[string, number, boolean]>([
    ["a pain-free report breaks the run", 0, false],
    ["a report below the level breaks the run", 2, false],
    ["a report at the level keeps it", 3, true],
  ])("%s", (_label, middlePain, fires) => {
    const previous = [...daily(1, 4, 3), rep("2026-03-05", middlePain), ...daily(6, 8, 3)];
    expect(persists(rep("2026-03-09", 4), previous)).toBe(fires);
  });

  it("counts the span from the first report of the unbroken run", () => {
    const previous = [rep("2026-02-20", 5), rep("2026-03-01", 1), ...daily(2, 9, 3)];
    expect(persists(rep("2026-03-10", 3), previous)).toBe(true);
    expect(persists(rep("2026-03-09", 3), previous.slice(0, -1))).toBe(false);
  });

  it("needs this report to be at the level too", () => {
    expect(persists(rep("2026-03-09", 2), daily(1, 8, 3))).toBe(false);
  });

  it("treats 0 as breaking the run even when the level is set to 0", () => {
    const previous = [rep("2026-03-01", 0), rep("2026-03-05", 0), rep("2026-03-06", 1)];
    expect(persists(rep("2026-03-09", 1), previous, { persistencePain: 0 })).toBe(false);
    expect(persists(rep("2026-03-10", 1), [rep("2026-03-01", 1)], { persistencePain: 0 })).toBe(true);
  });

  it("reads earlier reports in any order and ignores ones dated later", () => {
    const previous = [...daily(1, 8, 3)].reverse();
    expect(persists(rep("2026-03-09", 3), previous)).toBe(true);
    expect(persists(rep("2026-03-09", 3), [...previous, rep("2026-03-12", 0)])).toBe(true);
  });

  it("explains the deliberately strict rule", () => {
    const t = run(rep("2026-03-09", 3), daily(1, 8, 3)).find((x) => x.ruleId === "persistent-pain");
    expect(t?.tier).toBe("routine");
    expect(t?.reason).toContain("from Sun 1 Mar to Mon 9 Mar (8 days)");
    expect(t?.reason).toContain("stricter than the 2 to 4 weeks");
  });
});

describe("evaluateReport: worsening", () => {
  it.each<[number, number, boolean]>([
    [3, 5, true],
    [3, 4, false],
    [5, 3, false],
    [0, 9, true],
  ])("previous %i -> now %i: %s", (before, now, fires) => {
    const triggers = run(rep(DAY, now), [rep("2026-03-12", before)]);
    expect(ids(triggers).includes("worsening-since-last")).toBe(fires);
  });

  it("takes the previous report by day, then by the time it was sent, whatever the ids", () => {
    const earlier = rep("2026-03-10", 1);
    const morning = { ...rep("2026-03-12", 1), id: "z", reportedAt: new Date("2026-03-12T07:00:00Z") };
    const evening = { ...rep("2026-03-12", 4), id: "a", reportedAt: new Date("2026-03-12T19:00:00Z") };
    expect(ids(run(rep(DAY, 5), [evening, earlier, morning]))).not.toContain("worsening-since-last");
    const swapped = [{ ...morning, reportedAt: evening.reportedAt }, { ...evening, reportedAt: morning.reportedAt }, earlier];
    expect(ids(run(rep(DAY, 5), swapped))).toContain("worsening-since-last");
  });

  it("orders reports of the new report's own day by the time sent", () => {
    const first = { ...rep(DAY, 1), id: "z", reportedAt: new Date(`${DAY}T07:00:00Z`) };
    const second = { ...rep(DAY, 4), id: "a", reportedAt: new Date(`${DAY}T09:00:00Z`) };
    const now = { ...rep(DAY, 5), reportedAt: new Date(`${DAY}T18:00:00Z`) };
    expect(ids(run(now, [second, first]))).not.toContain("worsening-since-last");
  });

  it("uses the worst pain during the run and words the dates", () => {
    const [t] = run(rep(DAY, 2, { painWorstRun: 5 }), [rep("2026-03-10", 3)]);
    expect(t?.reason).toBe("Pain rose from 3/10 on Tue 10 Mar to 5/10 on Sat 14 Mar.");
    const [same] = run(rep(DAY, 5), [rep(DAY, 3)]);
    expect(same?.reason).toBe("Pain rose from 3/10 to 5/10 on Sat 14 Mar.");
  });

  const weekly = (previous: ReportFacts[], now: number) =>
    ids(run(rep(DAY, now), previous)).includes("worsening-weekly-average");

  it.each<[string, ReportFacts[], number, boolean]>([
    ["up exactly 2", [rep("2026-03-02", 2), rep("2026-03-05", 2), rep("2026-03-09", 4)], 4, true],
    ["up 1.5", [rep("2026-03-02", 2), rep("2026-03-09", 3)], 4, false],
    ["day -7 belongs to the week before", [rep("2026-03-07", 2), rep("2026-03-08", 4)], 4, true],
    ["day -14 belongs to neither week", [rep("2026-02-28", 0), rep("2026-03-08", 4)], 4, false],
    ["no week before", [rep("2026-03-09", 4)], 6, false],
    ["a day counts once, at its worst", [rep("2026-03-03", 0), rep("2026-03-03", 3), rep("2026-03-09", 5)], 5, true],
    ["thirds that add up to exactly 2", [rep("2026-03-01", 1), rep("2026-03-02", 2), rep("2026-03-03", 2), rep("2026-03-12", 4), rep("2026-03-13", 3)], 4, true],
  ])("7-day average: %s -> %s", (_label, previous, now, fires) => {
    expect(weekly(previous, now)).toBe(fires);
  });

  it("words the weekly average", () => {
    const t = run(rep(DAY, 4), [rep("2026-03-02", 2), rep("2026-03-05", 1), rep("2026-03-09", 4)]).find(
      (x) => x.ruleId === "worsening-weekly-average",
    );
    expect(t?.reason).toBe("Average pain over the 7 days to Sat 14 Mar was 4/10, up from 1.5/10 in the 7 days before.");
  });
});

describe("evaluateReport: first moderate report (watch)", () => {
  it.each<[string, ReportFacts, ReportFacts[], RuleId[]]>([
    ["4 with nothing before", rep(DAY, 4), [], ["first-moderate"]],
    ["6 with nothing before", rep(DAY, 6), [], ["first-moderate"]],
    ["4 after mild reports", rep(DAY, 4), [rep("2026-03-12", 2), rep("2026-03-13", 3)], ["first-moderate"]],
    ["3 is mild", rep(DAY, 3), [], []],
    ["7 is severe, not watch", rep(DAY, 7), [], ["severe-pain"]],
    ["an earlier 4 means it is not the first", rep(DAY, 5), [rep("2026-03-10", 4)], []],
    ["an earlier worst-in-run 5 counts", rep(DAY, 5), [rep("2026-03-10", 1, { painWorstRun: 5 })], []],
    ["a worst-in-run 5 today counts", rep(DAY, 2, { painWorstRun: 5 }), [], ["first-moderate"]],
    ["another trigger wins", rep(DAY, 5, { qualities: ["spasm"] }), [], ["spasms"]],
    ["worsening wins", rep(DAY, 5), [rep("2026-03-13", 3)], ["worsening-since-last"]],
  ])("%s", (_label, report, previous, expected) => {
    const triggers = run(report, previous);
    expect(ids(triggers)).toEqual(expected);
    if (expected[0] === "first-moderate") expect(triggers[0]?.tier).toBe("watch");
  });
});
