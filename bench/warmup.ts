/**
 * The scheduler's adherence warm-up, timed twice: from an empty store (after a deploy, or what a
 * new day costs at most) and again at once, when it finds nothing to count.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { warmAdherenceStore } from "../server/services/adherence-warmup";
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
