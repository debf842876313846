/**
 * The SQL adherence (adherence-sql.ts) must agree with the pure function (computeAdherence) week
 * by week: on the demo data, and on a randomised fixture full of edge cases (pauses open and
 * closed, programs starting and ending mid-week, quotas above the days left, completions on
 * unscheduled, paused and future days, athletes whose "today" differs from the organisation's).
 */
import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { makeOrg } from "../../test/org-fixture";
import { adherenceOver } from "../../server/domain/adherence-summary";
import { addDays, eachDay, localDay, weekStart, type WeekStartsOn } from "../../server/domain/calendar";
import type { ItemSchedule } from "../../server/domain/schedule";
import type { Weekday } from "../../server/domain/vocab";
import { adherenceWeeks, assignmentPauses, assignments, athleteProfiles, completions, organisations, users } from "../schema";
import { rng } from "../seed/random";
import { adherenceInputs } from "./adherence";
import { adherenceByAthleteWeek } from "./adherence-sql";
import { calendarOf } from "./people";

const t = useTestDatabase();

type Cell = { due: number; done: number };
const key = (athleteId: string, week: string) => `${athleteId}:${week}`;
const nonEmpty = (m: Map<string, Cell>) => new Map([...m].filter(([, c]) => c.due > 0 || c.done > 0));

/**
 * The SQL answer twice, the first from a cold store (it computes every week and keeps the settled
 * ones), the second from what was kept: both must match the pure function.
 */
async function bothWays(orgId: string, weekStartsOn: WeekStartsOn, now: Date, from: string, to: string) {
  const athletes = and(eq(users.orgId, orgId), eq(users.role, "athlete"))!;
  const cold = await adherenceByAthleteWeek(t.db, { athletes, from, to, weekStartsOn, now });
  const fromSql = await adherenceByAthleteWeek(t.db, { athletes, from, to, weekStartsOn, now });
  expect(fromSql).toEqual(cold);
  const ids = (await t.db.select({ id: users.id }).from(users).where(athletes)).map((r) => r.id);
  const inputs = await adherenceInputs(t.db, { athleteIds: ids, from, to });
  const pure = new Map<string, Cell>();
  for (const id of ids) {
    const { timeZone } = await calendarOf(t.db, { userId: id });
    const result = adherenceOver(inputs.get(id)!, { from, to, today: localDay(now, timeZone), weekStartsOn });
    for (const w of result.weeks) pure.set(key(id, w.weekStart), { due: w.due, done: w.done });
  }
  const viaSql = new Map(fromSql.map((r) => [key(r.athleteId, r.week), { due: r.due, done: r.done }]));
  return { pure: nonEmpty(pure), viaSql: nonEmpty(viaSql) };
}

describe("adherence in SQL equals the pure function", () => {
  it("on the demo data of both organisations, over nine weeks", async () => {
    const orgs = await t.db.select({ id: organisations.id, ws: organisations.weekStartsOn, tz: organisations.timeZone }).from(organisations);
    const now = new Date();
    for (const org of orgs) {
      const ws = (org.ws === 7 ? 7 : 1) as WeekStartsOn;
      const thisWeek = weekStart(localDay(now, org.tz), ws);
      const { pure, viaSql } = await bothWays(org.id, ws, now, addDays(thisWeek, -56), addDays(thisWeek, 6));
      expect(pure.size).toBeGreaterThan(20);
      expect(viaSql).toEqual(pure);
    }
  });

  it.each([1, 7] as const)("on a randomised fixture with weeks starting on %i", async (ws) => {
    const r = rng(`adherence-sql-${ws}`);
    const f = await makeOrg(t.db, { timeZone: "America/New_York", weekStartsOn: ws });
    // 20:30 UTC: already tomorrow in Auckland, still today in New York.
    const now = new Date("2026-03-11T20:30:00Z");
    const thisWeek = weekStart("2026-03-11", ws);
    const from = addDays(thisWeek, -35);
    const to = addDays(thisWeek, 13);
    const kinds: ItemSchedule[] = [
      { kind: "daily" },
      { kind: "before-run" },
      { kind: "after-run" },
      { kind: "weekdays", weekdays: [1, 3, 5] },
      { kind: "weekdays", weekdays: [6, 7] },
      { kind: "times-per-week", timesPerWeek: 2 },
      { kind: "times-per-week", timesPerWeek: 5 },
      { kind: "times-per-week", timesPerWeek: 7 },
    ];
    const pool = await Promise.all(Array.from({ length: 5 }, () => f.program(Array.from({ length: r.int(1, 4) }, () => r.pick(kinds)))));
    const days = eachDay(addDays(from, -10), addDays(to, 5));
    for (let i = 0; i < 14; i++) {
      const runDays = ([1, 2, 3, 4, 5, 6, 7] as Weekday[]).filter(() => r.chance(0.45));
      const athlete = await f.user("athlete", `Random ${i}`, { runDays, timeZone: r.pick([null, "Pacific/Auckland", "Europe/London"]) });
      for (let k = r.int(1, 3); k > 0; k--) {
        const prog = pool[r.int(0, pool.length - 1)]!;
        const start = addDays(from, r.int(-10, 40));
        const end = r.chance(0.4) ? addDays(start, r.int(0, 20)) : null;
        const assignmentId = await f.assign(athlete.id, prog, start, end);
        if (r.chance(0.5)) {
          const pauseFrom = addDays(start, r.int(0, 15));
          await f.pause(assignmentId, pauseFrom, r.chance(0.5) ? addDays(pauseFrom, r.int(0, 9)) : null);
        }
        for (const itemId of prog.itemIds) await f.done(athlete.id, assignmentId, itemId, days.filter(() => r.chance(0.45)));
      }
    }
    const { pure, viaSql } = await bothWays(f.orgId, ws, now, from, to);
    expect(pure.size).toBeGreaterThan(30);
    expect(viaSql).toEqual(pure);
  });

  it("sees every change behind a stored week: pauses, run days, time zones, assignments, check-offs old and new, the passing days", async () => {
    const f = await makeOrg(t.db, { timeZone: "Europe/London", weekStartsOn: 1 });
    const now = new Date("2026-03-11T12:00:00Z");
    const from = "2026-01-05";
    const to = "2026-03-15";
    const prog = await f.program([{ kind: "daily" }, { kind: "before-run" }, { kind: "times-per-week", timesPerWeek: 3 }]);
    const athlete = await f.user("athlete", "Stored Weeks", { runDays: [2, 4, 6] });
    const assignmentId = await f.assign(athlete.id, prog, "2026-01-07");
    const oldDays = eachDay("2026-01-07", "2026-02-20").filter((_, i) => i % 3 !== 0);
    for (const itemId of prog.itemIds) await f.done(athlete.id, assignmentId, itemId, oldDays);
    const expectAgreement = async (at = now) => {
      const { pure, viaSql } = await bothWays(f.orgId, 1, at, from, to);
      expect(viaSql).toEqual(pure);
    };
    await expectAgreement();
    const [stored] = await t.db.select({ n: count() }).from(adherenceWeeks).where(eq(adherenceWeeks.athleteId, athlete.id));
    expect(stored!.n).toBeGreaterThan(5);

    const changes: [string, () => Promise<unknown>][] = [
      ["a pause in a settled week", () => f.pause(assignmentId, "2026-01-20", "2026-01-27")],
      ["new run days", () => t.db.update(athleteProfiles).set({ runDays: [1, 3] }).where(eq(athleteProfiles.userId, athlete.id))],
      ["the athlete's own time zone", () => t.db.update(users).set({ timeZone: "Pacific/Auckland" }).where(eq(users.id, athlete.id))],
      ["back to the organisation's time zone", () => t.db.update(users).set({ timeZone: null }).where(eq(users.id, athlete.id))],
      ["the organisation's time zone", () => t.db.update(organisations).set({ timeZone: "America/New_York" }).where(eq(organisations.id, f.orgId))],
      ["an old check-off removed", () => t.db.delete(completions).where(and(eq(completions.athleteId, athlete.id), eq(completions.day, "2026-01-08")))],
      ["an old check-off added", () => f.done(athlete.id, assignmentId, prog.itemIds[0]!, ["2026-01-10"])],
      ["a check-off today", () => f.done(athlete.id, assignmentId, prog.itemIds[0]!, ["2026-03-11"])],
      ["a late check-off this week", () => f.done(athlete.id, assignmentId, prog.itemIds[2]!, ["2026-03-09"])],
      ["today's check-off undone", () => t.db.delete(completions).where(and(eq(completions.athleteId, athlete.id), eq(completions.day, "2026-03-11")))],
      ["the assignment ended early", () => t.db.update(assignments).set({ endDay: "2026-02-01" }).where(eq(assignments.id, assignmentId))],
      ["the pause removed", () => t.db.delete(assignmentPauses).where(eq(assignmentPauses.assignmentId, assignmentId))],
      ["the assignment removed", () => t.db.delete(assignments).where(eq(assignments.id, assignmentId))],
    ];
    for (const [, change] of changes.slice(0, -2)) {
      await change();
      await expectAgreement();
    }
    // The next day, this week's figures count one more day as past; a week leaves the late-fill window.
    await expectAgreement(new Date("2026-03-12T12:00:00Z"));
    await expectAgreement(new Date("2026-03-17T12:00:00Z"));
    for (const [, change] of changes.slice(-2)) {
      await change();
      await expectAgreement();
    }
  });

  it("refuses a window that cuts a week", async () => {
    const athletes = eq(users.role, "athlete");
    await expect(adherenceByAthleteWeek(t.db, { athletes, from: "2026-03-10", to: "2026-03-22", weekStartsOn: 1, now: new Date() })).rejects.toThrow("whole weeks");
  });
});
