/**
 * Each athlete's four recent weeks in one stored row must equal the weeks counted one by one, be
 * read back while nothing changed, and be counted again after a check-off, a change of the past
 * or a new day.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type BenchOrg, generateFederation } from "../../bench/generate";
import { useTestDatabase } from "../../test/db";
import { addDays, localDay, weekStart } from "../../server/domain/calendar";
import { rowsOf } from "../client";
import { recentAdherenceCtes } from "./adherence-recent";
import { adherenceByAthleteWeek, type AdherenceWindow } from "./adherence-sql";

const t = useTestDatabase();
let org: BenchOrg;
beforeAll(async () => {
  org = await generateFederation(t.db, { athletes: 20, teams: 2, days: 60 });
});

const athletes = () => sql`users.org_id = ${org.orgId} and users.role = 'athlete'`;
function windowAt(now: Date): AdherenceWindow {
  const thisWeek = weekStart(localDay(now, "Europe/London"), 1);
  return { from: addDays(thisWeek, -21), to: addDays(thisWeek, 6), weekStartsOn: 1, now };
}

type Recent = { athlete_id: string; due: number[]; done: number[] };
const recent = async (w: AdherenceWindow) =>
  new Map(
    rowsOf<Recent>(await t.db.execute(sql`with ${recentAdherenceCtes(athletes(), w)} select athlete_id, due, done from adh_recent`)).map((r) => [
      r.athlete_id,
      { due: r.due.map(Number), done: r.done.map(Number) },
    ]),
  );

/** The same four weeks from the week-by-week query. */
async function counted(w: AdherenceWindow) {
  const weeks = [0, 1, 2, 3].map((i) => addDays(w.from, 7 * i));
  const rows = await adherenceByAthleteWeek(t.db, { athletes: athletes(), ...w });
  const ids = rowsOf<{ id: string }>(await t.db.execute(sql`select id from users where ${athletes()}`)).map((r) => r.id);
  return new Map(
    ids.map((id) => {
      const mine = rows.filter((r) => r.athleteId === id);
      const cell = (week: string) => mine.find((r) => r.week === week);
      return [id, { due: weeks.map((wk) => cell(wk)?.due ?? 0), done: weeks.map((wk) => cell(wk)?.done ?? 0) }];
    }),
  );
}

const storedRows = async () => rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from adherence_recent`))[0]!.n;

describe("each athlete's recent weeks in one row", () => {
  it("equal the weeks counted one by one, first counted and then read back", async () => {
    const w = windowAt(new Date());
    expect(await recent(w)).toEqual(await counted(w));
    expect(await storedRows()).toBeGreaterThanOrEqual(20);
    expect(await recent(w)).toEqual(await counted(w));
  });

  it("are read while nothing changed, and counted again after a check-off or a change of the past", async () => {
    const w = windowAt(new Date());
    await recent(w);
    const [one] = rowsOf<{ athlete_id: string; assignment_id: string; item_id: string }>(
      await t.db.execute(sql`select a.athlete_id, a.id as assignment_id, i.id as item_id from assignments a join program_items i on i.version_id = a.version_id
                              join users u on u.id = a.athlete_id where u.org_id = ${org.orgId} and a.end_day is null order by a.athlete_id limit 1`),
    );
    const id = one!.athlete_id;
    await t.db.execute(sql`update adherence_recent set done = array[done[1], done[2], done[3], done[4] + 100] where athlete_id = ${id}`);
    expect((await recent(w)).get(id)!.done[3]).toBe((await counted(w)).get(id)!.done[3]! + 100);

    // A check-off (today's, or undoing one) bumps the athlete's live version: the database's trigger.
    const today = localDay(w.now, "Europe/London");
    const removed = rowsOf(await t.db.execute(sql`delete from completions where athlete_id = ${id} and item_id = ${one!.item_id} and day = ${today}::date returning 1`));
    if (removed.length === 0) {
      await t.db.execute(sql`insert into completions (athlete_id, assignment_id, item_id, day) values (${id}, ${one!.assignment_id}, ${one!.item_id}, ${today}::date)`);
    }
    expect(await recent(w)).toEqual(await counted(w));

    // Anything that changes the past bumps the other version.
    await t.db.execute(sql`update adherence_recent set due = array[due[1] + 7, due[2], due[3], due[4]] where athlete_id = ${id}`);
    await t.db.execute(sql`update users set adherence_version = adherence_version + 1 where id = ${id}`);
    expect(await recent(w)).toEqual(await counted(w));
  });

  it("are counted again on a new day, and for a new window", async () => {
    const now = new Date();
    await recent(windowAt(now));
    const tomorrow = new Date(now.getTime() + 86_400_000);
    expect(await recent(windowAt(tomorrow))).toEqual(await counted(windowAt(tomorrow)));
    const nextWeek = new Date(now.getTime() + 7 * 86_400_000);
    expect(await recent(windowAt(nextWeek))).toEqual(await counted(windowAt(nextWeek)));
  });
});
