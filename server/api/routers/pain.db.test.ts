/**
 * Athletes reporting pain through the API: validation, idempotency, corrections, concurrency,
 * and the case each report opens or raises.
 */
import { TRPCError } from "@trpc/server";
import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { athleteProfiles, auditLog, evaluations, organisations, painReportRevisions, painReports, teams, users } from "../../../db/schema";
import { callerAs, userId, useTestDatabase } from "../../../test/db";
import { type DemoIds, demoIds } from "../../../test/fixtures";
import { addAthletes, openCasesOf, painReport } from "../../../test/pain";
import { resolveViewer } from "../../auth/viewer";
import { localDay } from "../../domain/calendar";

const t = useTestDatabase();
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(t.db);
});

const reportCount = async () => (await t.db.select({ n: count() }).from(painReports))[0]!.n;

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    if (err instanceof TRPCError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error("expected the call to be refused");
}

describe("pain.submit", () => {
  it("stores a calm report for the signed-in athlete and gives self-care steps, no case", async () => {
    const athlete = await userId(t.db, "athlete01@riverside.example");
    const caller = await callerAs(t.db, "athlete01@riverside.example");
    const result = await caller.pain.submit(painReport({ painNow: 1, athleteId: ids.athlete }) as never);
    expect(result.nextSteps?.kind).toBe("self-care");
    expect(result.caseId).toBeNull();
    const [row] = await t.db.select().from(painReports).where(eq(painReports.id, result.reportId));
    // The athlete comes from the session: an athleteId in the input is ignored.
    expect(row!.athleteId).toBe(athlete);
    expect(await openCasesOf(t.db, athlete)).toHaveLength(0);
  });

  it.each([
    ["pain above 10", { painNow: 11 }, "Pain now goes from 0 to 10."],
    ["pain below 0", { painNow: -1 }, "Pain now goes from 0 to 10."],
    ["a fraction", { painNow: 4.5 }, "Pain now: choose a whole number from 0 to 10."],
    ["worst pain above 10", { painWorstRun: 12 }, "Worst pain during your last run goes from 0 to 10."],
    ["an unknown area", { areas: ["knee"] }, "That is not one of the listed areas."],
    ["no area", { areas: [] }, "Choose where it hurts."],
    ["an oversize note", { note: "x".repeat(1001) }, "Note can be at most 1000 characters."],
    ["an unknown timing", { timings: ["at-work"] }, "That is not one of the listed times."],
    ["an unknown warning sign", { redFlags: { headache: true } }, "That is not one of the warning-sign questions."],
    ["an OSTRC answer out of range", { ostrc: { q1: 4, q2: null, q3: null, q4: null } }, "Weekly questions: choose one of the four answers."],
  ])("refuses %s with a specific message and stores nothing", async (_what, bad, message) => {
    const caller = await callerAs(t.db, "athlete02@riverside.example");
    const before = await reportCount();
    const err = await refusal(caller.pain.submit(painReport(bad) as never));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain(message);
    expect(await reportCount()).toBe(before);
  });

  it("counts a report for the day of the athlete's own time zone, read with the session", async () => {
    // Kiritimati is 14 hours ahead of UTC and 13 or 14 ahead of London: its day is never London's.
    await t.db.update(users).set({ timeZone: "Pacific/Kiritimati" }).where(eq(users.email, "athlete02@riverside.example"));
    const [row] = await t.db.select().from(users).where(eq(users.email, "athlete02@riverside.example"));
    const now = Math.floor(Date.now() / 1000);
    const viewer = await resolveViewer(t.db, { uid: row!.id, sv: row!.sessionVersion, authAt: now, seenAt: now });
    expect(viewer).toMatchObject({ timeZone: "Pacific/Kiritimati", calendar: { timeZone: "Europe/London" } });
    const before = new Date();
    const result = await (await callerAs(t.db, "athlete02@riverside.example")).pain.submit(painReport({ painNow: 1 }) as never);
    const [report] = await t.db.select().from(painReports).where(eq(painReports.id, result.reportId));
    expect([localDay(before, "Pacific/Kiritimati"), localDay(new Date(), "Pacific/Kiritimati")]).toContain(report!.day);
  });

  it("is refused to every role but athletes", async () => {
    for (const email of ["coach@riverside.example", "physio@riverside.example", "admin@riverside.example"]) {
      const caller = await callerAs(t.db, email);
      expect((await refusal(caller.pain.submit(painReport() as never))).code).toBe("FORBIDDEN");
    }
  });

  it("stores a report sent twice with the same idempotency key once", async () => {
    const caller = await callerAs(t.db, "athlete04@riverside.example");
    const athlete = await userId(t.db, "athlete04@riverside.example");
    const input = painReport({ painNow: 5, redFlags: { radiatesArmOrNeck: true }, idempotencyKey: "key-athlete04-1" });
    const first = await caller.pain.submit(input as never);
    const second = await caller.pain.submit(input as never);
    expect(second).toMatchObject({ reportId: first.reportId, duplicate: true });
    const rows = await t.db.select().from(painReports).where(eq(painReports.athleteId, athlete));
    expect(rows.filter((r) => r.idempotencyKey === "key-athlete04-1")).toHaveLength(1);
    expect(await openCasesOf(t.db, athlete)).toHaveLength(1);
  });

  it("stores a report that raises nothing with its evaluation and audit entry, and a resend of it once", async () => {
    const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 1, prefix: "quiet" });
    const answers = { painNow: 1, painWorstRun: 2, areas: ["upper-back", "neck"], timings: ["after-run"], qualities: ["ache", "stiffness"] };
    const more = { redFlags: { radiatesArmOrNeck: false }, ostrc: { q1: 0, q2: null, q3: null, q4: null }, note: "Stiff after the hills" };
    const input = painReport({ ...answers, ...more, idempotencyKey: "key-quiet-1" });
    const first = await a!.caller.pain.submit(input as never);
    expect(first).toMatchObject({ duplicate: false, triggers: [], caseId: null });
    // Every answer stored as sent, with what the statement adds.
    const [stored] = await t.db.select().from(painReports).where(eq(painReports.id, first.reportId));
    expect(stored).toMatchObject({ ...answers, redFlags: more.redFlags, ostrcQ1: 0, ostrcQ2: null, ostrcQ4: null, note: more.note, idempotencyKey: "key-quiet-1", revision: 1 });
    expect(stored!.ostrcVersion).not.toBeNull();
    const second = await a!.caller.pain.submit(input as never);
    expect(second).toMatchObject({ reportId: first.reportId, duplicate: true });
    expect(await t.db.select({ id: painReports.id }).from(painReports).where(eq(painReports.athleteId, a!.id))).toEqual([{ id: first.reportId }]);
    const evaluated = await t.db.select().from(evaluations).where(eq(evaluations.athleteId, a!.id));
    expect(evaluated).toMatchObject([{ reportId: first.reportId, source: "report", triggers: [] }]);
    const audited = await t.db.select().from(auditLog).where(eq(auditLog.actorId, a!.id));
    expect(audited).toMatchObject([{ action: "pain-report.create", entityType: "pain_report", entityId: first.reportId, athleteId: a!.id, orgId: ids.riversideOrg, detail: null }]);
  });

  it("judges a report on the athlete's earlier reports, back-problem history and organisation's thresholds", async () => {
    const [org] = await t.db.insert(organisations).values({ slug: "judged-club", name: "Judged Club", thresholds: { severePain: 5 } }).returning();
    const [team] = await t.db.insert(teams).values({ orgId: org!.id, name: "Judged" }).returning();
    const [a, b] = await addAthletes(t.db, { orgId: org!.id, teamId: team!.id, count: 2, prefix: "judged" });
    const rules = async (athlete: typeof a, painNow: number) => (await athlete!.caller.pain.submit(painReport({ painNow }) as never)).triggers.map((x) => x.ruleId);
    // Earlier reports of the same day, in the order sent: a rise of two points on the last one, then a first moderate pain.
    expect(await rules(a, 1)).toEqual([]);
    expect(await rules(a, 3)).toEqual(["worsening-since-last"]);
    expect(await rules(a, 4)).toEqual(["first-moderate"]);
    expect(await rules(a, 4)).toEqual([]);
    // The organisation's own severe level: 5, not the product's 7.
    expect(await rules(a, 5)).toEqual(["severe-pain"]);
    // Another athlete's first report: none of a's reports count, and b's history of back problems does.
    await t.db.insert(athleteProfiles).values({ userId: b!.id, historyOfBackProblems: true });
    expect(await rules(b, 4)).toEqual(["history-with-pain"]);
  });

  it("stores concurrent resends with one key once", async () => {
    const caller = await callerAs(t.db, "athlete08@riverside.example");
    const athlete = await userId(t.db, "athlete08@riverside.example");
    const input = painReport({ idempotencyKey: "key-athlete08-concurrent" });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => caller.pain.submit(input as never)));
    // Each resend either gets the stored report back or is told it is being saved: never a second row.
    for (const r of results) if (r.status === "rejected") expect((r.reason as TRPCError).code).toBe("CONFLICT");
    const rows = await t.db.select().from(painReports).where(sql`${painReports.athleteId} = ${athlete} and ${painReports.idempotencyKey} = 'key-athlete08-concurrent'`);
    expect(rows).toHaveLength(1);
  });

  it("keeps 50 concurrent reports from 50 athletes and opens exactly the right cases", async () => {
    const athletes = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 50, prefix: "load" });
    const before = await reportCount();
    const results = await Promise.all(
      athletes.map((a, i) => a.caller.pain.submit(painReport(i % 2 === 0 ? { painNow: 5, redFlags: { radiatesArmOrNeck: true } } : { painNow: 1 }) as never)),
    );
    expect(await reportCount()).toBe(before + 50);
    for (const [i, a] of athletes.entries()) {
      const open = await openCasesOf(t.db, a.id);
      if (i % 2 === 0) {
        expect(open).toHaveLength(1);
        expect(open[0]!.tier).toBe("same-day");
        expect(results[i]!.caseId).toBe(open[0]!.id);
      } else {
        expect(open).toHaveLength(0);
      }
    }
  });

  it("opens one case for one athlete's concurrent red-flag reports", async () => {
    const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 1, prefix: "burst" });
    await Promise.all(
      [{ radiatesArmOrNeck: true }, { numbnessTinglingWeakness: true }, { chestPainBreathlessSweating: true }, { suddenSharpOnset: true }].map((redFlags) =>
        a!.caller.pain.submit(painReport({ painNow: 5, redFlags }) as never),
      ),
    );
    const open = await openCasesOf(t.db, a!.id);
    expect(open).toHaveLength(1);
    expect(open[0]!.tier).toBe("emergency");
  });

  it("never lowers a case's tier: a later same-day report attaches to the emergency case", async () => {
    const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 1, prefix: "tier" });
    const first = await a!.caller.pain.submit(painReport({ painNow: 6, redFlags: { chestPainBreathlessSweating: true } }) as never);
    expect(first.nextSteps?.kind).toBe("emergency");
    const second = await a!.caller.pain.submit(painReport({ painNow: 5, areas: ["upper-back", "arm"], redFlags: { radiatesArmOrNeck: true } }) as never);
    expect(second.caseId).toBe(first.caseId);
    const [open] = await openCasesOf(t.db, a!.id);
    expect(open!.tier).toBe("emergency");
    expect(open!.reasons.map((r) => r.ruleId)).toEqual(["chest-breathless-sweating", "radiates-arm-or-neck"]);
  });

  it("gives the review message with the deadline for a same-day flag", async () => {
    const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 1, prefix: "review" });
    const result = await a!.caller.pain.submit(painReport({ painNow: 5, redFlags: { radiatesArmOrNeck: true } }) as never);
    expect(result.nextSteps).toMatchObject({ kind: "review", tier: "same-day", within: "within a day" });
    expect(result.nextSteps?.messages).toContain("not-medical-advice");
  });
});

describe("pain.correct", () => {
  it("keeps the original as history and runs the rules again", async () => {
    const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 1, prefix: "fix" });
    const sent = await a!.caller.pain.submit(painReport({ painNow: 2 }) as never);
    expect(sent.caseId).toBeNull();
    const fixed = await a!.caller.pain.correct({ ...painReport({ painNow: 3, redFlags: { chestPainBreathlessSweating: true } }), id: sent.reportId } as never);
    expect(fixed.nextSteps.kind).toBe("emergency");
    const [row] = await t.db.select().from(painReports).where(eq(painReports.id, sent.reportId));
    expect(row).toMatchObject({ painNow: 3, revision: 2 });
    const history = await t.db.select().from(painReportRevisions).where(eq(painReportRevisions.reportId, sent.reportId));
    expect(history).toHaveLength(1);
    expect(history[0]!.snapshot).toMatchObject({ painNow: 2, revision: 1 });
    const runs = await t.db.select().from(evaluations).where(eq(evaluations.reportId, sent.reportId));
    expect(runs.map((r) => r.source).sort()).toEqual(["correction", "report"]);
    const [open] = await openCasesOf(t.db, a!.id);
    expect(open!.tier).toBe("emergency");
    expect((await a!.caller.pain.mine({ limit: 5 }))[0]).toMatchObject({ id: sent.reportId, revision: 2, correctable: true });
  });

  it("refuses a correction after 24 hours", async () => {
    const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 1, prefix: "late" });
    const sent = await a!.caller.pain.submit(painReport() as never);
    await t.db.update(painReports).set({ reportedAt: new Date(Date.now() - 25 * 3_600_000) }).where(eq(painReports.id, sent.reportId));
    const err = await refusal(a!.caller.pain.correct({ ...painReport({ painNow: 4 }), id: sent.reportId } as never));
    expect(err).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("within 24 hours") });
    expect((await a!.caller.pain.mine({ limit: 1 }))[0]).toMatchObject({ painNow: 2, correctable: false });
  });

  it("answers someone else's report like a missing one", async () => {
    const mine = await (await callerAs(t.db, "athlete09@riverside.example")).pain.submit(painReport() as never);
    const other = await callerAs(t.db, "athlete12@riverside.example");
    expect(await refusal(other.pain.correct({ ...painReport({ painNow: 9 }), id: mine.reportId } as never))).toMatchObject({ code: "NOT_FOUND", message: "Report not found." });
    const hillside = await callerAs(t.db, "athlete@hillside.example");
    expect((await refusal(hillside.pain.correct({ ...painReport(), id: mine.reportId } as never))).code).toBe("NOT_FOUND");
  });
});

describe("pain.formContext and OSTRC-O2", () => {
  it("offers the weekly questions until they are answered, and stores skipped answers as missing", async () => {
    const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 1, prefix: "ostrc" });
    expect(await a!.caller.pain.formContext()).toMatchObject({ offerOstrc: true, lastOstrcDay: null });
    const sent = await a!.caller.pain.submit(painReport({ ostrc: { q1: 0, q2: null, q3: null, q4: null } }) as never);
    const [row] = await t.db.select().from(painReports).where(eq(painReports.id, sent.reportId));
    expect(row).toMatchObject({ ostrcVersion: "OSTRC-O2", ostrcQ1: 0, ostrcQ2: null, ostrcQ3: null, ostrcQ4: null });
    expect((await a!.caller.pain.formContext()).offerOstrc).toBe(false);
  });

  it("opens a routine case for a substantial OSTRC-O2 problem", async () => {
    const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 1, prefix: "ostrc2" });
    await a!.caller.pain.submit(painReport({ painNow: 3, ostrc: { q1: 2, q2: 2, q3: 0, q4: 1 } }) as never);
    const [open] = await openCasesOf(t.db, a!.id);
    expect(open).toMatchObject({ tier: "routine" });
    expect(open!.reasons.map((r) => r.ruleId)).toContain("ostrc-substantial");
  });
});
