/**
 * An athlete who does not share pain details with coaches: every query a coach may call answers
 * without the athlete's pain figures, notes or red-flag answers (flags and return-to-run status
 * stay visible). Physios and admins still see everything.
 */
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { athleteProfiles } from "../../db/schema";
import { allQueries, COACH_QUERY_INPUTS } from "../../test/coach-queries";
import { callerAs, useTestDatabase } from "../../test/db";
import { type DemoIds, demoIds } from "../../test/fixtures";
import { painReport } from "../../test/pain";

const CANARY = "PAIN-NOTE-3c9e sharp between the shoulder blades";
const DETAIL_KEYS = new Set(["painNow", "painWorstRun", "lastPain", "note", "redFlags", "pain", "painPoints", "reports"]);

const t = useTestDatabase();
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(t.db);
  await t.db.update(athleteProfiles).set({ coachSeesPainDetails: false }).where(eq(athleteProfiles.userId, ids.athlete));
  await (await callerAs(t.db, "athlete@riverside.example")).pain.submit(painReport({ painNow: 6, painWorstRun: 8, note: CANARY }) as never);
});

/** Objects about the athlete: the whole answer when the query is about them, else the rows that name them. */
function detailsAbout(value: unknown, athleteId: string, whole: boolean, found: string[] = [], path = "$"): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => detailsAbout(v, athleteId, whole, found, `${path}[${i}]`));
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    const o = value as Record<string, unknown>;
    const about = whole || o.id === athleteId || o.athleteId === athleteId;
    for (const [k, v] of Object.entries(o)) {
      const empty = v === null || v === undefined || (Array.isArray(v) && v.length === 0);
      if (about && DETAIL_KEYS.has(k) && !empty) found.push(`${path}.${k}`);
      else detailsAbout(v, athleteId, whole, found, `${path}.${k}`);
    }
  }
  return found;
}

describe("pain details the athlete keeps from coaches", () => {
  it.each(allQueries())("%s gives a coach none of them", async (path) => {
    const coach = await callerAs(t.db, "coach@riverside.example");
    const fn = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], coach) as (input?: unknown) => Promise<unknown>;
    const input = COACH_QUERY_INPUTS[path]?.(ids);
    let response: unknown;
    try {
      response = await fn(input);
    } catch (err) {
      if (err instanceof TRPCError && (err.code === "FORBIDDEN" || err.code === "NOT_FOUND")) return;
      throw new Error(`${path} failed for a coach (${String(err)}): give it an input in test/coach-queries.ts`);
    }
    expect(JSON.stringify(response)).not.toContain("PAIN-NOTE-3c9e");
    const aboutAthlete = (input as { athleteId?: string } | undefined)?.athleteId === ids.athlete;
    expect(detailsAbout(response, ids.athlete, aboutAthlete)).toEqual([]);
  });

  it("the clinic still sees them", async () => {
    const admin = await callerAs(t.db, "admin@riverside.example");
    const summary = await admin.athlete.summary({ athleteId: ids.athlete });
    expect(summary.pain.some((p) => p.painNow === 6)).toBe(true);
  });
});
