import { and, count, eq, sql } from "drizzle-orm";
import { rowsOf } from "../../db/client";
import { beforeAll, describe, expect, it } from "vitest";
import { calendarOf } from "../../db/queries/people";
import { adherenceRecent, adherenceWeeks, completions, orgRecentAdherence, orgWeekPain, teamRecentAdherence, teamWeekAdherence } from "../../db/schema";
import { callerAs, useTestDatabase } from "../../test/db";
import { type DemoIds, demoIds } from "../../test/fixtures";
import { localDay } from "../domain/calendar";
import { warmAdherenceStore } from "./adherence-warmup";

const t = useTestDatabase();
let ids: DemoIds;
const storedRows = async () => (await t.db.select({ n: count() }).from(adherenceWeeks))[0]!.n;
/** The weekly rollups and recent-weeks rows as contents: a view that had to count again would change them. */
const rollups = async () => {
  const [row] = rowsOf<{ teamWeeks: number; orgWeeks: number; teamSums: number; teamDigest: string; orgDigest: string; recentDigest: string; sumsDigest: string }>(
    await t.db.execute(sql`select (select count(*)::int from team_week_adherence) as "teamWeeks", (select count(*)::int from org_week_pain) as "orgWeeks",
      (select count(*)::int from team_recent_adherence) as "teamSums",
      (select md5(string_agg(r::text, ',' order by r::text)) from (select r::text from team_recent_adherence r union all select o::text from org_recent_adherence o) r) as "sumsDigest",
      (select md5(string_agg(r::text, ',' order by r::text)) from team_week_adherence r) as "teamDigest",
      (select md5(string_agg(r::text, ',' order by r::text)) from org_week_pain r) as "orgDigest",
      (select md5(string_agg(r::text, ',' order by r::text)) from adherence_recent r) as "recentDigest"`),
  );
  return row!;
};

beforeAll(async () => {
  ids = await demoIds(t.db);
});

describe("adherence store warm-up (scheduled)", () => {
  it("fills the store in batches, then counts only what changed", async () => {
    await t.db.delete(adherenceWeeks);
    const first = await warmAdherenceStore(t.db, { batch: 3 });
    expect(first.organisations).toBeGreaterThanOrEqual(2);
    expect(first.batches).toBeGreaterThan(first.organisations);
    expect(first.weeksCounted).toBeGreaterThan(20);
    expect(await storedRows()).toBe(first.weeksCounted);

    const again = await warmAdherenceStore(t.db, { batch: 3 });
    expect(again.weeksCounted).toBe(0);

    // A check-off today makes only that athlete's open weeks count again.
    const today = localDay(new Date(), (await calendarOf(t.db, { userId: ids.athlete })).timeZone);
    const done = and(eq(completions.athleteId, ids.athlete), eq(completions.itemId, ids.item), eq(completions.day, today));
    const removed = await t.db.delete(completions).where(done).returning();
    if (removed.length === 0) await t.db.insert(completions).values({ athleteId: ids.athlete, assignmentId: ids.assignment, itemId: ids.item, day: today });
    const afterChange = await warmAdherenceStore(t.db);
    expect(afterChange.weeksCounted).toBeGreaterThanOrEqual(1);
    expect(afterChange.weeksCounted).toBeLessThanOrEqual(2);
  });

  it("leaves the dashboards nothing to count, and their figures unchanged", async () => {
    const admin = await callerAs(t.db, "admin@riverside.example");
    await t.db.delete(adherenceWeeks);
    const counted = await admin.dashboard.team({ teamId: null, range: "12w" });
    await t.db.delete(adherenceWeeks);
    await t.db.delete(teamWeekAdherence);
    await t.db.delete(orgWeekPain);
    await t.db.delete(adherenceRecent);
    await t.db.delete(teamRecentAdherence);
    await t.db.delete(orgRecentAdherence);
    await warmAdherenceStore(t.db);
    const before = await storedRows();
    const rolled = await rollups();
    expect(rolled.teamWeeks).toBeGreaterThan(0);
    expect(rolled.orgWeeks).toBeGreaterThan(0);
    expect(rolled.teamSums).toBeGreaterThan(0);
    const fromStore = await admin.dashboard.team({ teamId: null, range: "12w" });
    // The mean is an exact (numeric) sum of the athletes' ratios, whichever way it was read.
    expect(fromStore).toEqual(counted);
    expect(await storedRows()).toBe(before);
    expect(await rollups()).toEqual(rolled);
  });

  it("two instances warming at once count each week once", async () => {
    await t.db.delete(adherenceWeeks);
    const [a, b] = await Promise.all([warmAdherenceStore(t.db, { batch: 2 }), warmAdherenceStore(t.db, { batch: 2 })]);
    expect(a.weeksCounted + b.weeksCounted).toBe(await storedRows());
  });
});
