/** A physio working one case: reading it, and every action leaving an event with who and when. */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assignments, caseEvents, clinicalNotes, notifications } from "../../../db/schema";
import { callerAs, userId, useTestDatabase } from "../../../test/db";
import { type DemoIds, demoIds } from "../../../test/fixtures";
import { addAthletes, painReport } from "../../../test/pain";

const t = useTestDatabase();
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(t.db);
});

/** A fresh athlete with a fresh same-day case, so tests do not step on each other. */
async function freshCase(prefix: string) {
  const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 1, prefix });
  const sent = await a!.caller.pain.submit(painReport({ painNow: 5, areas: ["upper-back", "arm"], redFlags: { radiatesArmOrNeck: true }, ostrc: { q1: 1, q2: 1, q3: 0, q4: 1 } }) as never);
  return { athlete: a!, caseId: sent.caseId!, reportId: sent.reportId };
}

const eventsOf = (caseId: string) => t.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(caseEvents.at);

describe("case.byId", () => {
  it("shows the reasons, reports, OSTRC-O2 weeks and history of a case", async () => {
    const { caseId, reportId } = await freshCase("read");
    const detail = await (await callerAs(t.db, "physio@riverside.example")).case.byId({ id: caseId });
    expect(detail.case).toMatchObject({ id: caseId, tier: "same-day", status: "open" });
    expect(detail.case.reasons[0]).toMatchObject({ ruleId: "radiates-arm-or-neck", basis: expect.any(String), at: expect.any(String) });
    expect(detail.reports.map((r) => r.id)).toEqual([reportId]);
    expect(detail.ostrcWeeks).toHaveLength(1);
    expect(detail.ostrcWeeks[0]!.score).toMatchObject({ severity: 8 + 8 + 0 + 8, healthProblem: true, substantial: false });
    expect(detail.events.map((e) => e.kind)).toEqual(["opened", "trigger"]);
    expect(detail.earlierCases).toEqual([]);
  });

  it("answers another organisation's case, or none, as not found", async () => {
    const hillside = await callerAs(t.db, "physio@hillside.example");
    await expect(hillside.case.byId({ id: ids.openCase.id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Case not found." });
    const physio = await callerAs(t.db, "physio@riverside.example");
    await expect(physio.case.byId({ id: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is for physiotherapists only", async () => {
    for (const email of ["coach@riverside.example", "athlete@riverside.example", "admin@riverside.example"]) {
      await expect((await callerAs(t.db, email)).case.byId({ id: ids.openCase.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("case actions", () => {
  it("acknowledges once, recording who and when", async () => {
    const { caseId } = await freshCase("ack");
    const physio = await callerAs(t.db, "physio@riverside.example");
    await physio.case.acknowledge({ id: caseId });
    const detail = await physio.case.byId({ id: caseId });
    expect(detail.case.status).toBe("acknowledged");
    expect(detail.events.at(-1)).toMatchObject({ kind: "acknowledged", actorName: "Priya Raman" });
    await expect(physio.case.acknowledge({ id: caseId })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "This case is acknowledged already." });
  });

  it("assigns and reassigns to physios of the organisation only", async () => {
    const { caseId } = await freshCase("assign");
    const physio = await callerAs(t.db, "physio@riverside.example");
    const physio2 = await userId(t.db, "physio2@riverside.example");
    await physio.case.assign({ id: caseId, assigneeId: physio2 });
    expect((await physio.case.byId({ id: caseId })).case.assigneeId).toBe(physio2);
    const coach = await userId(t.db, "coach@riverside.example");
    await expect(physio.case.assign({ id: caseId, assigneeId: coach })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Physiotherapist not found." });
    const hillsidePhysio = await userId(t.db, "physio@hillside.example");
    await expect(physio.case.assign({ id: caseId, assigneeId: hillsidePhysio })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await physio.case.assign({ id: caseId, assigneeId: null });
    const events = (await physio.case.byId({ id: caseId })).events.filter((e) => e.kind === "assigned");
    expect(events.map((e) => e.data)).toEqual([
      { assigneeId: physio2, assigneeName: "Tomás Ferreira" },
      { assigneeId: null, assigneeName: null },
    ]);
  });

  it("adds notes; the event says a note exists but never holds its text", async () => {
    const { caseId } = await freshCase("note");
    const physio = await callerAs(t.db, "physio@riverside.example");
    await physio.case.addNote({ id: caseId, body: "Private: check cervical rotation.", forAthlete: false });
    await physio.case.addNote({ id: caseId, body: "Rest from running this week, please.", forAthlete: true });
    const detail = await physio.case.byId({ id: caseId });
    expect(detail.notes.map((n) => [n.body, n.forAthlete])).toEqual([
      ["Rest from running this week, please.", true],
      ["Private: check cervical rotation.", false],
    ]);
    const noteEvents = (await eventsOf(caseId)).filter((e) => e.kind === "note");
    expect(noteEvents).toHaveLength(2);
    expect(JSON.stringify(noteEvents)).not.toContain("cervical");
  });

  it.each([
    ["an empty note", "   ", "Note is required."],
    ["an oversize note", "x".repeat(4001), "Note can be at most 4000 characters."],
  ])("refuses %s and stores nothing", async (_what, body, message) => {
    const { caseId } = await freshCase(`badnote${body.length}`);
    const physio = await callerAs(t.db, "physio@riverside.example");
    await expect(physio.case.addNote({ id: caseId, body, forAthlete: false })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(message) });
    expect(await t.db.select().from(clinicalNotes).where(eq(clinicalNotes.caseId, caseId))).toEqual([]);
  });

  it("sets return to run, tells the athlete and their coaches, and rejects a bad date", async () => {
    const { caseId, athlete } = await freshCase("rtr");
    const physio = await callerAs(t.db, "physio@riverside.example");
    await physio.case.setReturnToRun({ id: caseId, status: "no-running", reviewDay: "2030-01-15" });
    const detail = await physio.case.byId({ id: caseId });
    expect(detail.returnToRun).toMatchObject({ status: "no-running", reviewDay: "2030-01-15", setByName: "Priya Raman" });
    const coach = await userId(t.db, "coach@riverside.example");
    for (const [who, link] of [[coach, `/coach/athletes/${athlete.id}`], [athlete.id, "/today"]] as const) {
      const [n] = await t.db.select().from(notifications).where(and(eq(notifications.userId, who), eq(notifications.kind, "return-to-run")));
      expect(n!.title).toContain("No running");
      expect(n!.link).toBe(link);
    }
    await expect(physio.case.setReturnToRun({ id: caseId, status: "cleared", reviewDay: "2030-02-30" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Review date must be a date"),
    });
  });

  it("pauses, resumes and ends the athlete's program, each recorded on the case", async () => {
    const physio = await callerAs(t.db, "physio@riverside.example");
    const sent = await (await callerAs(t.db, "athlete@riverside.example")).pain.submit(painReport({ painNow: 5, redFlags: { suddenSharpOnset: true } }) as never);
    const caseId = sent.caseId!;
    await physio.case.setAssignmentStatus({ id: caseId, assignmentId: ids.assignment, status: "paused" });
    expect((await t.db.select().from(assignments).where(eq(assignments.id, ids.assignment)))[0]!.status).toBe("paused");
    await physio.case.setAssignmentStatus({ id: caseId, assignmentId: ids.assignment, status: "active" });
    expect((await t.db.select().from(assignments).where(eq(assignments.id, ids.assignment)))[0]!.status).toBe("active");
    const changes = (await eventsOf(caseId)).filter((e) => e.kind === "assignments-changed").map((e) => e.data.status);
    expect(changes).toEqual(["paused", "active"]);
    await physio.case.setAssignmentStatus({ id: caseId, assignmentId: ids.assignment, status: "ended" });
    await expect(physio.case.setAssignmentStatus({ id: caseId, assignmentId: ids.assignment, status: "active" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This assignment has ended already.",
    });

    // Another athlete's assignment is not part of this case.
    const [otherAssignment] = await t.db.select({ id: assignments.id }).from(assignments).where(eq(assignments.athleteId, ids.trailAthlete)).limit(1);
    await expect(physio.case.setAssignmentStatus({ id: caseId, assignmentId: otherAssignment!.id, status: "paused" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("resolves with an outcome, refuses a second resolve, and reopens", async () => {
    const { caseId, athlete } = await freshCase("resolve");
    const physio = await callerAs(t.db, "physio@riverside.example");
    await physio.case.resolve({ id: caseId, outcome: "referred-to-doctor" });
    expect((await physio.case.byId({ id: caseId })).case).toMatchObject({ status: "resolved", outcome: "referred-to-doctor" });
    await expect(physio.case.resolve({ id: caseId, outcome: "self-care" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await physio.triage.queue({})).not.toContainEqual(expect.objectContaining({ id: caseId }));
    await physio.case.reopen({ id: caseId });
    expect((await physio.case.byId({ id: caseId })).case).toMatchObject({ status: "open", outcome: null });
    expect((await eventsOf(caseId)).map((e) => e.kind).slice(-2)).toEqual(["resolved", "reopened"]);

    // With a newer open case, the old one cannot be reopened: one open case per athlete.
    await physio.case.resolve({ id: caseId, outcome: "self-care" });
    await athlete.caller.pain.submit(painReport({ painNow: 8 }) as never);
    await expect(physio.case.reopen({ id: caseId })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("care.mine", () => {
  it("shows the athlete their return-to-run status and the messages meant for them, nothing else", async () => {
    const { caseId, athlete } = await freshCase("care");
    expect(await athlete.caller.care.mine()).toMatchObject({ returnToRun: null, messages: [], underReview: true });
    const physio = await callerAs(t.db, "physio@riverside.example");
    await physio.case.addNote({ id: caseId, body: "Clinic only: query facet joint.", forAthlete: false });
    await physio.case.addNote({ id: caseId, body: "Please take a week off running.", forAthlete: true });
    await physio.case.setReturnToRun({ id: caseId, status: "no-running" });
    const care = await athlete.caller.care.mine();
    expect(care.returnToRun).toMatchObject({ status: "no-running", setByName: "Priya Raman" });
    expect(care.messages.map((m) => m.body)).toEqual(["Please take a week off running."]);
    expect(JSON.stringify(care)).not.toContain("facet");
  });

  it("is for athletes only", async () => {
    await expect((await callerAs(t.db, "coach@riverside.example")).care.mine()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
