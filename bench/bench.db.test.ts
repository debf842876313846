import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { rowsOf } from "../db/client";
import { useTestDatabase } from "../test/db";
import { generateFederation } from "./generate";
import { benchAfterCheckOffs, benchProcedures } from "./procedures";
import { fillYearOfStore, timeWarmup } from "./warmup";

const t = useTestDatabase();

it("the benchmark's generator and procedure timings run on a tiny federation", async () => {
  const org = await generateFederation(t.db, { athletes: 12, teams: 2, days: 21 });
  const [counts] = rowsOf<{ athletes: number; completions: number }>(
    await t.db.execute(sql`select (select count(*)::int from users where org_id = ${org.orgId} and role = 'athlete') athletes,
                                  (select count(*)::int from completions c join users u on u.id = c.athlete_id where u.org_id = ${org.orgId}) completions`),
  );
  expect(counts?.athletes).toBe(12);
  expect(counts?.completions).toBeGreaterThan(100);
  const warmup = await timeWarmup(t.db, org.orgId);
  expect(warmup.weeksCounted).toBeGreaterThan(12);
  await fillYearOfStore(t.db, org.orgId);
  const [stored] = rowsOf<{ rows: number; weeks: number }>(
    await t.db.execute(sql`select count(*)::int as rows, count(distinct week)::int as weeks from adherence_weeks w join users u on u.id = w.athlete_id where u.org_id = ${org.orgId}`),
  );
  // 21 days of history: each athlete's weeks that had any activity are stored.
  expect(stored?.weeks).toBeGreaterThanOrEqual(3);
  expect(stored?.rows).toBeGreaterThanOrEqual(12 * 3);
  const results = await benchProcedures(t.db, org, 2);
  expect(results.map((r) => r.name)).toContain("triage queue");
  for (const r of results) expect(r.procedure.median).toBeGreaterThan(0);
  // Every athlete checks off each round, so the tiny federation always has check-offs to time.
  const afterCheckOffs = await benchAfterCheckOffs(t.db, org, 1);
  expect(afterCheckOffs.procedure.runs).toBe(5);
  expect(afterCheckOffs.checkOff.runs).toBeGreaterThan(0);
});
