/**
 * Coaches learn that the clinic is involved (the case tier and the return-to-run status), never
 * what the physio wrote. Every query a coach may call is checked, so a new one cannot leak notes.
 */
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../../test/db";
import { type DemoIds, demoIds } from "../../test/fixtures";
import { painReport } from "../../test/pain";
import { appRouter } from "./root";

const PRIVATE = "PRIVATE-NOTE-7f3a: suspected facet joint irritation";
const FOR_ATHLETE = "ATHLETE-MESSAGE-91bc: please rest from running this week";

/** Inputs for coach-facing queries that need one; a query missing here fails the test. */
const INPUTS: Record<string, (ids: DemoIds) => unknown> = {
  "exercise.list": () => ({}),
  "exercise.byId": (ids) => ({ id: ids.globalExercise }),
  "program.list": () => ({}),
  "program.byId": (ids) => ({ id: ids.program }),
  "assignment.forAthlete": (ids) => ({ athleteId: ids.athlete }),
  "assignment.forProgram": (ids) => ({ programId: ids.program }),
  "athlete.summary": (ids) => ({ athleteId: ids.athlete }),
  "notification.list": () => ({}),
  "roster.page": (ids) => ({ teamId: ids.roadTeam }),
  "dashboard.team": (ids) => ({ teamId: ids.roadTeam, range: "4w" }),
  "progress.athlete": (ids) => ({ athleteId: ids.athlete, range: "4w" }),
  "exports.roster": (ids) => ({ teamId: ids.roadTeam }),
  "exports.athleteHistory": (ids) => ({ athleteId: ids.athlete }),
};

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

const queries = Object.entries(appRouter._def.procedures)
  .filter(([, p]) => (p as unknown as { _def: { type: string } })._def.type === "query")
  .map(([path]) => path)
  .sort();

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
