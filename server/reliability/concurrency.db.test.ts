/**
 * Many people at once: every report is stored, cases open exactly where the rules say, a
 * resent report is stored once. Run against the PostgreSQL server too, where the calls really
 * overlap (PGlite serialises them on its one connection).
 */
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cases, painReports, users } from "../../db/schema";
import { callerAs, useTestDatabase } from "../../test/db";
import { type DemoIds, demoIds } from "../../test/fixtures";

const t = useTestDatabase();
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(t.db);
});

const report = (painNow: number) => ({ painNow, painWorstRun: null, areas: ["upper-back" as const], timings: [], qualities: [], redFlags: {}, ostrc: null, note: null });

async function newAthletes(n: number, tag: string) {
  const rows = await t.db
    .insert(users)
    .values(Array.from({ length: n }, (_, i) => ({ orgId: ids.riversideOrg, email: `${tag}-${i}@riverside.example`, name: `Load ${tag} ${i}`, role: "athlete" as const })))
    .returning({ id: users.id, email: users.email });
  return rows;
}

describe("under concurrency", () => {
  it("50 reports from 50 athletes at once leave 50 reports and a case for exactly the severe ones", async () => {
    const athletes = await newAthletes(50, "fifty");
    const severe = new Set(athletes.filter((_, i) => i % 2 === 0).map((a) => a.id));
    const callers = await Promise.all(athletes.map((a) => callerAs(t.db, a.email)));
    const results = await Promise.all(callers.map((c, i) => c.pain.submit(report(severe.has(athletes[i]!.id) ? 8 : 1))));
    expect(results).toHaveLength(50);
    const athleteIds = athletes.map((a) => a.id);
    const [stored] = await t.db.select({ n: sql<number>`count(*)::int` }).from(painReports).where(inArray(painReports.athleteId, athleteIds));
    expect(stored?.n).toBe(50);
    const opened = await t.db.select({ athleteId: cases.athleteId, status: cases.status }).from(cases).where(inArray(cases.athleteId, athleteIds));
    expect(opened.map((c) => c.athleteId).sort()).toEqual([...severe].sort());
    expect(opened.every((c) => c.status === "open")).toBe(true);
    for (const [i, r] of results.entries()) expect(r.caseId !== null).toBe(severe.has(athletes[i]!.id));
  });

  it("10 severe reports from one athlete at once open one case, not ten", async () => {
    const [athlete] = await newAthletes(1, "burst");
    const caller = await callerAs(t.db, athlete!.email);
    const results = await Promise.all(Array.from({ length: 10 }, () => caller.pain.submit(report(9))));
    expect(new Set(results.map((r) => r.caseId)).size).toBe(1);
    const rows = await t.db.select({ id: cases.id }).from(cases).where(eq(cases.athleteId, athlete!.id));
    expect(rows).toHaveLength(1);
  });

  it("a report resent with the same idempotency key is stored once, even when the copies race", async () => {
    const athlete = await callerAs(t.db, "athlete@riverside.example");
    const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(painReports).where(eq(painReports.athleteId, ids.athlete)))[0]!.n;
    const before = await count();
    const first = await athlete.pain.submit({ ...report(2), idempotencyKey: "resend-key-0001" });
    const again = await athlete.pain.submit({ ...report(2), idempotencyKey: "resend-key-0001" });
    expect(first.duplicate).toBe(false);
    expect(again).toMatchObject({ duplicate: true, reportId: first.reportId });
    const raced = await Promise.all(Array.from({ length: 20 }, () => athlete.pain.submit({ ...report(3), idempotencyKey: "resend-key-0002" })));
    expect(new Set(raced.map((r) => r.reportId)).size).toBe(1);
    expect(raced.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await count()).toBe(before + 2);
  });
});
