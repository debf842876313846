/**
 * Coach dashboard figures against values counted by hand on the fixture club (see
 * test/dashboard-fixture.ts for the history).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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

const coach = () => callerAs(t.db, club.coach.email);

describe("dashboard.team", () => {
  it("adherence by team and week, across the week boundaries", async () => {
    const o = await (await coach()).dashboard.team({ range: "4w" });
    expect(o.range.weeks).toEqual(["2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09"]);
    const cells = o.adherenceByTeam.map((r) => [r.teamName, r.week, r.done, r.due]);
    expect(cells).toEqual([
      // Ada: daily 5 of 7 and 3×/week 2 of 3; then 7/7 and 3/3 (a fourth session is not extra credit);
      // this week, Wednesday: daily 2 of 3 (today counts), 3×/week 1 done and only 1 owed so far.
      // Ben: Mon/Wed/Fri 2 of 3, then Monday done and Wednesday open: 1 of 2.
      ["Team A", "2026-02-16", 0, 0],
      ["Team A", "2026-02-23", 7, 10],
      ["Team A", "2026-03-02", 12, 13],
      ["Team A", "2026-03-09", 4, 6],
      // Cleo: Monday done, Tuesday paused (its check-off does not count), Wednesday open.
      ["Team B", "2026-02-16", 0, 0],
      ["Team B", "2026-02-23", 0, 0],
      ["Team B", "2026-03-02", 0, 0],
      ["Team B", "2026-03-09", 1, 2],
    ]);
  });

  it("key figures: pain this week among athletes who share, open cases, mean adherence", async () => {
    const { figures } = await (await coach()).dashboard.team({ range: "4w" });
    // Ada reported 2 on Monday; Cleo reported 0; Ben's 6 is not shared with coaches.
    expect(figures).toMatchObject({ athletes: 3, sharingPain: 2, inPainThisWeek: 1, openCases: 2, urgentCases: 2, athletesWithDue: 3 });
    // Ada 20/24, Ben 3/5, Cleo 1/2.
    expect(figures.meanAdherence).toBeCloseTo((20 / 24 + 3 / 5 + 1 / 2) / 3, 10);
    const admin = await callerAs(t.db, club.admin.email);
    expect((await admin.dashboard.team({ range: "4w" })).figures.inPainThisWeek).toBe(2);
  });

  it("pain bands by each athlete's worst report of the week; hidden pain stays out for coaches", async () => {
    const o = await (await coach()).dashboard.team({ range: "4w" });
    expect(o.painBands.map((w) => [w.week, w.none, w.mild, w.moderate, w.severe])).toEqual([
      ["2026-02-16", 0, 0, 0, 0],
      ["2026-02-23", 0, 0, 0, 1], // Ada 8, 3 and (Sunday 1 March) 0: worst 8
      ["2026-03-02", 0, 0, 1, 1], // Ada 5 on Sunday 8 March, Cleo 7
      ["2026-03-09", 1, 1, 0, 0], // Ada 2 on Monday, Cleo 0
    ]);
    const physio = await callerAs(t.db, club.physio1.email);
    const seen = await physio.dashboard.team({ range: "4w" });
    expect(seen.painBands.at(-1)).toMatchObject({ none: 1, mild: 1, moderate: 1 });
  });

  it("new cases per week by the organisation's clock", async () => {
    const o = await (await coach()).dashboard.team({ range: "4w" });
    // Ada's case opened at 23:30 UTC on Sunday 1 March: 00:30 on Monday in Berlin.
    expect(o.newCases.map((w) => [w.week, w.count])).toEqual([
      ["2026-02-16", 1],
      ["2026-02-23", 0],
      ["2026-03-02", 1],
      ["2026-03-09", 2],
    ]);
  });

  it("one team only, and 'all' starts at the first record", async () => {
    const o = await (await coach()).dashboard.team({ range: "all", teamId: club.teamB });
    expect(o.figures.athletes).toBe(1);
    // Cleo's first record is the case of 17 February.
    expect(o.range.weeks[0]).toBe("2026-02-16");
    expect(o.adherenceByTeam.every((r) => r.teamName === "Team B")).toBe(true);
  });
});

describe("roster.page", () => {
  it("lists the page with last pain, adherence and a 14-day pain line; hidden pain stays hidden", async () => {
    const page = await (await coach()).roster.page({});
    expect(page.total).toBe(3);
    const [ada, ben, cleo] = page.rows;
    expect(ada).toMatchObject({ name: "Ada Fixture", lastPain: { painNow: 2, day: "2026-03-09" }, teams: ["Team A"] });
    expect(ada!.adherence).toEqual({ thisWeek: { due: 4, done: 3, ratio: 0.75 }, last4Weeks: { due: 24, done: 20, ratio: 20 / 24 } });
    // 26 February to 11 March: 0 on the 1st, 5 on the 8th, 2 on the 9th.
    expect(ada!.spark).toEqual([null, null, null, 0, null, null, null, null, null, null, 5, 2, null, null]);
    expect(ben).toMatchObject({ painHidden: true, lastPain: null, spark: null, caseTier: "same-day", returnToRun: "modified-training" });
    expect(cleo).toMatchObject({ lastPain: { painNow: 0, day: "2026-03-11" }, caseTier: "emergency", adherence: { thisWeek: { due: 2, done: 1, ratio: 0.5 } } });
  });

  it("sorts in SQL, ties by name, empty values last", async () => {
    const c = await coach();
    const names = async (input: Parameters<typeof c.roster.page>[0]) => (await c.roster.page(input)).rows.map((r) => r.name.split(" ")[0]);
    expect(await names({ sort: "thisWeek" })).toEqual(["Ben", "Cleo", "Ada"]);
    expect(await names({ sort: "thisWeek", desc: true })).toEqual(["Ada", "Ben", "Cleo"]);
    expect(await names({ sort: "last4Weeks" })).toEqual(["Cleo", "Ben", "Ada"]);
    expect(await names({ sort: "lastPain", desc: true })).toEqual(["Ada", "Cleo", "Ben"]);
    expect(await names({ sort: "case" })).toEqual(["Cleo", "Ben", "Ada"]);
    // Ordered by adherence the page is picked before its other columns are read: filters and totals still hold.
    expect(await names({ sort: "last4Weeks", tier: "none" })).toEqual(["Ada"]);
    expect(await names({ sort: "thisWeek", desc: true, returnToRun: "none" })).toEqual(["Ada", "Cleo"]);
    const byAdherence = await c.roster.page({ sort: "last4Weeks" });
    expect(byAdherence.total).toBe(3);
    expect(byAdherence.rows.map((r) => [r.name.split(" ")[0], r.adherence.last4Weeks.ratio])).toEqual([
      ["Cleo", expect.any(Number)],
      ["Ben", expect.any(Number)],
      ["Ada", 20 / 24],
    ]);
    const past = await c.roster.page({ sort: "last4Weeks", page: 1 });
    expect([past.rows.length, past.total]).toEqual([0, 3]);
  });

  it("filters by team, tier, return to run and search, and pages", async () => {
    const c = await coach();
    const names = async (input: Parameters<typeof c.roster.page>[0]) => (await c.roster.page(input)).rows.map((r) => r.name.split(" ")[0]);
    expect(await names({ teamId: club.teamB })).toEqual(["Cleo"]);
    expect(await names({ tier: "emergency" })).toEqual(["Cleo"]);
    expect(await names({ tier: "none" })).toEqual(["Ada"]);
    expect(await names({ returnToRun: "modified-training" })).toEqual(["Ben"]);
    expect(await names({ returnToRun: "none" })).toEqual(["Ada", "Cleo"]);
    expect(await names({ search: "CLE" })).toEqual(["Cleo"]);
    expect(await names({ search: "%" })).toEqual([]);
    const past = await c.roster.page({ page: 1 });
    expect([past.rows.length, past.total]).toEqual([0, 3]);
  });

  it("refuses a team the coach does not coach, as if it did not exist", async () => {
    const demoCoach = await callerAs(t.db, "coach@riverside.example");
    await expect(demoCoach.roster.page({ teamId: club.teamA })).rejects.toThrow("Team not found.");
  });
});
