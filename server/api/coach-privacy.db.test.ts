/**
 * Coaches learn that the clinic is involved (the case tier and the return-to-run status), never
 * what the physio wrote. Every query a coach may call is checked, so a new one cannot leak notes.
 */
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../../test/db";
import { type DemoIds, demoIds } from "../../test/fixtures";
import { painReport } from "../../test/pain";
import { allQueries, COACH_QUERY_INPUTS as INPUTS } from "../../test/coach-queries";

const PRIVATE = "PRIVATE-NOTE-7f3a: suspected facet joint irritation";
const FOR_ATHLETE = "ATHLETE-MESSAGE-91bc: please rest from running this week";


const t = useTestDatabase();
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(t.db);
  const sent = await (await callerAs(t.db, "athlete@riverside.example")).pain.submit(
    painReport({ painNow: 5, areas: ["upper-back", "arm"], redFlags: { radiatesArmOrNeck: true } }) as never,
  );
  const physio = await callerAs(t.db, "physio@riverside.example");
  await physio.case.addNote({ id: sent.caseId!, body: PRIVATE, forAthlete: false });
  await physio.case.addNote({ id: sent.caseId!, body: FOR_ATHLETE, forAthlete: true });
  await physio.case.setReturnToRun({ id: sent.caseId!, status: "no-running" });
});

const queries = allQueries();

describe.each(["coach@riverside.example", "coach2@riverside.example"])("as %s", (email) => {
  it.each(queries)("%s holds no clinical note", async (path) => {
    const caller = await callerAs(t.db, email);
    const fn = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (input?: unknown) => Promise<unknown>;
    let response: unknown;
    try {
      response = await fn(INPUTS[path]?.(ids));
    } catch (err) {
      if (err instanceof TRPCError && (err.code === "FORBIDDEN" || err.code === "NOT_FOUND")) return;
      throw new Error(`${path} failed for a coach (${String(err)}): give it an input in INPUTS`);
    }
    const text = JSON.stringify(response);
    expect(text).not.toContain("PRIVATE-NOTE-7f3a");
    expect(text).not.toContain("ATHLETE-MESSAGE-91bc");
  });
});

describe("the coach's roster", () => {
  it("shows the open case's tier and the return-to-run status", async () => {
    const roster = await (await callerAs(t.db, "coach@riverside.example")).roster.list();
    const maya = roster.find((r) => r.id === ids.athlete);
    expect(maya).toMatchObject({ caseTier: "same-day", returnToRun: "no-running" });
  });
});
