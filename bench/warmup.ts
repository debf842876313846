/**
 * The scheduler's adherence warm-up, timed twice: from an empty store (after a deploy, or what a
 * new day costs at most) and again at once, when it finds nothing to count.
 */
import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../db/client";
import { adherenceByAthleteWeek } from "../db/queries/adherence-sql";
import { addDays } from "../server/domain/calendar";
import { warmAdherenceStore } from "../server/services/adherence-warmup";
import { orgCalendar } from "../server/services/org-calendar";
import { round } from "./stats";

export type WarmupTiming = { fromEmptyMs: number; weeksCounted: number; freshMs: number };

export async function timeWarmup(db: Db, orgId: string): Promise<WarmupTiming> {
  await db.execute(sql`delete from adherence_weeks where athlete_id in (select id from users where org_id = ${orgId})`);
  let t0 = performance.now();
  const first = await warmAdherenceStore(db);
  const fromEmptyMs = round(performance.now() - t0);
  // What autovacuum would do within a minute of so many new rows: without fresh statistics the
  // planner takes the refilled store for empty and picks plans for a few rows.
  await db.execute(sql`analyze adherence_weeks`);
  t0 = performance.now();
  await warmAdherenceStore(db);
  return { fromEmptyMs, weeksCounted: first.weeksCounted, freshMs: round(performance.now() - t0) };
}

/**
 * The store as a year of use leaves it: every week of the year counted (the warm-up keeps only the
 * charts' twelve), so organisation-wide reads are measured against a full store, not a small one.
 */
export async function fillYearOfStore(db: Db, orgId: string): Promise<void> {
  const cal = await orgCalendar(db, orgId);
  const ids = rowsOf<{ id: string }>(await db.execute(sql`select id from users where org_id = ${orgId} and role = 'athlete' order by id`));
  for (let i = 0; i < ids.length; i += 500) {
    const batch = `{${ids.slice(i, i + 500).map((r) => r.id).join(",")}}`;
    await adherenceByAthleteWeek(db, { athletes: sql`users.id = any(${batch}::uuid[])`, from: addDays(cal.thisWeek, -7 * 51), to: addDays(cal.thisWeek, 6), weekStartsOn: cal.weekStartsOn, now: cal.now });
  }
  await db.execute(sql`analyze adherence_weeks`);
}
