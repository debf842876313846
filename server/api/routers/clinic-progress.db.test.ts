/**
 * Clinic overview, athlete progress and the CSV exports against values counted by hand on the
 * fixture club (test/dashboard-fixture.ts).
 */
import { eq } from "drizzle-orm";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "../../../db/schema";
import { callerAs, useTestDatabase } from "../../../test/db";
import { buildDashboardClub, type DashboardClub, FIXED_NOW } from "../../../test/dashboard-fixture";

const t = useTestDatabase();
let club: DashboardClub;
beforeAll(async () => {
  vi.useFakeTimers({ now: FIXED_NOW, toFake: ["Date"] });
  club = await buildDashboardClub(t.db);
});
afterAll(() => {
  vi.useRealTimers();
});

describe("dashboard.clinic", () => {
  it("open cases by tier with overdue acknowledgements", async () => {
    const o = await (await callerAs(t.db, club.physio1.email)).dashboard.clinic({ range: "4w" });
    // Cleo's emergency case was due to be acknowledged at 12:00 UTC; it is 13:00.
    expect(o.openByTier).toEqual([
      { tier: "emergency", open: 1, overdue: 1 },
      { tier: "same-day", open: 1, overdue: 0 },
      { tier: "routine", open: 0, overdue: 0 },
      { tier: "watch", open: 0, overdue: 0 },
    ]);
  });

  it("median time to acknowledge and to resolve, overall and per tier", async () => {
    const o = await (await callerAs(t.db, club.admin.email)).dashboard.clinic({ range: "4w" });
    // Acknowledged after 24 h (on resolving), 6 h and 2 h; resolved after 24 h and 72 h.
    expect(o.timings.overall).toMatchObject({ opened: 4, acknowledged: 3, medianAckHours: 6, resolved: 2, medianResolveHours: 48 });
    const routine = o.timings.byTier.find((r) => r.tier === "routine");
    expect(routine).toMatchObject({ opened: 2, acknowledged: 2, medianAckHours: 15, resolved: 2, medianResolveHours: 48 });
    expect(o.timings.byTier.find((r) => r.tier === "emergency")).toMatchObject({ opened: 1, acknowledged: 0, medianAckHours: null });
  });

  it("outcomes, new cases per week and each physio's workload", async () => {
    const o = await (await callerAs(t.db, club.physio2.email)).dashboard.clinic({ range: "4w" });
    expect(o.outcomes.filter((x) => x.count > 0)).toEqual([
      { outcome: "self-care", count: 1 },
      { outcome: "referred-to-doctor", count: 1 },
    ]);
    expect(o.newCases.map((w) => w.count)).toEqual([1, 0, 1, 2]);
    expect(o.workload).toEqual([
      { id: club.physio1.id, name: "Physio One", openAssigned: 1, acknowledged: 1, resolved: 1, notes: 0 },
      { id: club.physio2.id, name: "Physio Two", openAssigned: 1, acknowledged: 1, resolved: 1, notes: 0 },
    ]);
  });
});

describe("progress.athlete", () => {
  it("every report in range is a point; adherence by week; OSTRC-O2 from each week's latest answer", async () => {
    const p = await (await callerAs(t.db, club.coach.email)).progress.athlete({ athleteId: club.ada.id, range: "4w" });
    expect(p.pain.map((x) => [x.day, x.painNow])).toEqual([
      ["2026-02-24", 8],
      ["2026-02-25", 3],
      ["2026-03-01", 0],
      ["2026-03-08", 5],
      ["2026-03-09", 2],
    ]);
    expect(p.adherence.map((w) => [w.week, w.done, w.due])).toEqual([
      ["2026-02-16", 0, 0],
      ["2026-02-23", 7, 10],
      ["2026-03-02", 10, 10],
      ["2026-03-09", 3, 4],
    ]);
    // Week of 23 Feb: Sunday 1 March (17+8+8+8) replaces Tuesday's 100. Week of 2 March: 8+17+0+8,
    // substantial by Q2. This week: full participation, the rest skipped, so no score.
    expect(p.ostrc.map((o) => [o.week, o.severity, o.substantial, o.healthProblem])).toEqual([
      ["2026-02-23", 41, false, true],
      ["2026-03-02", 33, true, true],
      ["2026-03-09", null, false, false],
    ]);
  });

  it("counts days by the athlete's own time zone when they set one, for staff as for themself", async () => {
    // 13:00 UTC on 11 March is already 12 March in Kiritimati (UTC+14), still 11 March in Berlin.
    await t.db.update(users).set({ timeZone: "Pacific/Kiritimati" }).where(eq(users.id, club.ada.id));
    try {
      const asCoach = await (await callerAs(t.db, club.coach.email)).progress.athlete({ athleteId: club.ada.id, range: "4w" });
      const summary = await (await callerAs(t.db, club.coach.email)).athlete.summary({ athleteId: club.ada.id });
      expect([asCoach.today, summary.today]).toEqual(["2026-03-12", "2026-03-12"]);
    } finally {
      await t.db.update(users).set({ timeZone: null }).where(eq(users.id, club.ada.id));
    }
    const back = await (await callerAs(t.db, club.coach.email)).progress.athlete({ athleteId: club.ada.id, range: "4w" });
    expect(back.today).toBe("2026-03-11");
  });

  it("marks program changes and case events; the coach sees tiers, not outcomes", async () => {
    const p = await (await callerAs(t.db, club.coach.email)).progress.athlete({ athleteId: club.ada.id, range: "4w" });
    expect(p.events).toEqual([
      { day: "2026-02-23", group: "program", label: expect.stringMatching(/^Started “Program .+”, version 1$/) },
      { day: "2026-03-02", group: "case", label: "Clinic case opened (Routine)" },
      { day: "2026-03-02", group: "case", label: "Case picked up by the clinic" },
      // Resolved at 23:30 UTC on 4 March: the 5th in Berlin.
      { day: "2026-03-05", group: "case", label: "Case closed" },
    ]);
    expect(p.cases[0]).toMatchObject({ tier: "routine", outcome: null });
  });

  it("the athlete sees their own outcome but not the tier; another athlete is not found", async () => {
    const me = await callerAs(t.db, club.ada.email);
    const p = await me.progress.athlete({ athleteId: club.ada.id, range: "12w" });
    expect(p.events.map((e) => e.label)).toContain("Case closed: Self-care");
    expect(p.cases[0]).toMatchObject({ tier: null, outcome: "self-care" });
    await expect(me.progress.athlete({ athleteId: club.ben.id, range: "4w" })).rejects.toThrow("Athlete not found.");
  });

  it("pain the athlete does not share stays away from coaches, not from the clinic", async () => {
    const byCoach = await (await callerAs(t.db, club.coach.email)).progress.athlete({ athleteId: club.ben.id, range: "4w" });
    expect([byCoach.painShared, byCoach.pain, byCoach.ostrc]).toEqual([false, [], []]);
    const byPhysio = await (await callerAs(t.db, club.physio1.email)).progress.athlete({ athleteId: club.ben.id, range: "4w" });
    expect(byPhysio.pain.map((x) => x.painNow)).toEqual([6]);
  });
});

describe("exports", () => {
  const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

  it("the roster CSV has one row per athlete with the same limits as the page", async () => {
    const out = await (await callerAs(t.db, club.coach.email)).exports.roster({});
    expect(out.filename).toBe("roster-2026-03-11.csv");
    const rows = parse(out.csv);
    expect(rows.map((r) => [r.athlete, r.last_pain_0_10, r.this_week_done, r.this_week_due, r.four_weeks_percent, r.open_case])).toEqual([
      ["Ada Fixture", "2", "3", "4", "83", ""],
      ["Ben Fixture", "not shared", "1", "2", "60", "Same day"],
      ["Cleo Fixture", "0", "1", "2", "50", "Emergency"],
    ]);
  });

  it("an athlete's history CSV holds every report, check-off and event, oldest first", async () => {
    const out = await (await callerAs(t.db, club.physio1.email)).exports.athleteHistory({ athleteId: club.ada.id });
    const rows = parse(out.csv);
    const count = (record: string) => rows.filter((r) => r.record === record).length;
    // 5 reports; all 15 daily check-offs (the export keeps the one before the start) and 7 of the
    // 3×-a-week item; the program start and 3 case events.
    expect([count("pain report"), count("exercise done"), count("program change"), count("clinic case")]).toEqual([5, 22, 1, 3]);
    const dates = rows.map((r) => r.date ?? "");
    expect(dates).toEqual([...dates].sort());
    expect(rows.find((r) => r.date === "2026-03-08" && r.record === "pain report")).toMatchObject({ pain_now_0_10: "5", ostrc_o2_severity_0_100: "33" });
    expect(out.filename).toBe("history-ada-fixture-2026-03-11.csv");
  });

  it("a coach's history export leaves out pain the athlete does not share", async () => {
    const out = await (await callerAs(t.db, club.coach.email)).exports.athleteHistory({ athleteId: club.ben.id });
    const rows = parse(out.csv);
    expect(rows.some((r) => r.record === "pain report")).toBe(false);
    expect(rows.filter((r) => r.record === "exercise done")).toHaveLength(4);
  });
});
