import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { adherenceInputs } from "../../../db/queries/adherence";
import { assignmentsOfAthlete, changeAssignmentStatus, assignmentInOrg } from "../../../db/queries/assignments";
import { acknowledgeCase, addClinicalNote, assignCase, caseInOrg, recordCaseEvent, reopenCase, resolveCase, setReturnToRun } from "../../../db/queries/case-actions";
import { caseEventsOf, currentReturnToRun, earlierCases, notesOfCase } from "../../../db/queries/case-detail";
import { coachesOfAthlete, notify } from "../../../db/queries/notifications";
import { reportsOfAthlete } from "../../../db/queries/pain";
import { calendarOf } from "../../../db/queries/people";
import { users } from "../../../db/schema";
import { adherenceWindow, summariseAdherence } from "../../domain/adherence-summary";
import { addDays, localDay } from "../../domain/calendar";
import { RETURN_TO_RUN_LABEL } from "../../domain/labels";
import { ATHLETE_CARE_LINK, coachAthleteLink } from "../../domain/links";
import { OSTRC_VERSION, type OstrcAnswers } from "../../domain/ostrc";
import { ostrcByWeek } from "../../domain/ostrc-weekly";
import { caseAssignInput, caseAssignmentInput, caseIdInput, caseNoteInput, caseResolveInput, caseReturnToRunInput } from "../../schemas/case";
import { audit } from "../../services/audit";
import { badRequest, notFound } from "../errors";
import { physioProcedure, router } from "../trpc";
import type { Context } from "../trpc";
import type { Viewer } from "../../auth/viewer";

async function requireCase(ctx: Context & { viewer: Viewer }, id: string) {
  const found = await caseInOrg(ctx.db, { orgId: ctx.viewer.orgId, id });
  if (!found) throw notFound("Case");
  return found;
}

function actor(ctx: { viewer: Viewer }, caseId: string) {
  return { caseId, actorId: ctx.viewer.id, now: new Date() };
}

export const caseRouter = router({
  byId: physioProcedure.input(caseIdInput).query(async ({ ctx, input }) => {
    const found = await requireCase(ctx, input.id);
    const { timeZone, weekStartsOn } = await calendarOf(ctx.db, { userId: found.athleteId });
    const today = localDay(new Date(), timeZone);
    const window = adherenceWindow(today, weekStartsOn);
    const [athlete, events, notes, reports, earlier, rtr, assignments, adherence] = await Promise.all([
      ctx.db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, found.athleteId)).then((r) => r[0]!),
      caseEventsOf(ctx.db, { caseId: found.id }),
      notesOfCase(ctx.db, { caseId: found.id }),
      reportsOfAthlete(ctx.db, { athleteId: found.athleteId, since: addDays(today, -90) }),
      earlierCases(ctx.db, { athleteId: found.athleteId, exceptId: found.id }),
      currentReturnToRun(ctx.db, { athleteId: found.athleteId }),
      assignmentsOfAthlete(ctx.db, { athleteId: found.athleteId }),
      adherenceInputs(ctx.db, { athleteIds: [found.athleteId], from: window.from, to: window.to }),
    ]);
    await audit(ctx.db, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: "case.read", entityType: "case", entityId: found.id, athleteId: found.athleteId, ip: ctx.ip });
    const input0 = adherence.get(found.athleteId);
    return {
      case: found,
      athlete,
      events,
      notes,
      reports: reports.map((r) => ({
        id: r.id,
        day: r.day,
        reportedAt: r.reportedAt,
        painNow: r.painNow,
        painWorstRun: r.painWorstRun,
        areas: r.areas,
        timings: r.timings,
        qualities: r.qualities,
        redFlags: r.redFlags,
        note: r.note,
        revision: r.revision,
      })),
      ostrcWeeks: ostrcByWeek(
        reports.filter((r) => r.ostrcVersion === OSTRC_VERSION).map((r) => ({ day: r.day, reportId: r.id, answers: { q1: r.ostrcQ1, q2: r.ostrcQ2, q3: r.ostrcQ3, q4: r.ostrcQ4 } as OstrcAnswers })),
        weekStartsOn,
      ),
      earlierCases: earlier,
      returnToRun: rtr,
      assignments,
      adherence: input0 ? summariseAdherence(input0, today, weekStartsOn) : null,
    };
  }),

  acknowledge: physioProcedure.input(caseIdInput).mutation(async ({ ctx, input }) => {
    const found = await requireCase(ctx, input.id);
    if (found.status !== "open") throw badRequest(found.status === "resolved" ? "This case is resolved." : "This case is acknowledged already.");
    await ctx.db.transaction((tx) => acknowledgeCase(tx, actor(ctx, found.id)));
    return { ok: true };
  }),

  /** Assign to a physio of the organisation, or null to unassign; "take" is assigning yourself. */
  assign: physioProcedure.input(caseAssignInput).mutation(async ({ ctx, input }) => {
    const found = await requireCase(ctx, input.id);
    let assigneeName: string | null = null;
    if (input.assigneeId) {
      const [physio] = await ctx.db
        .select({ name: users.name })
        .from(users)
        .where(and(eq(users.id, input.assigneeId), eq(users.orgId, ctx.viewer.orgId), eq(users.role, "physio"), eq(users.active, true)));
      if (!physio) throw notFound("Physiotherapist");
      assigneeName = physio.name;
    }
    await ctx.db.transaction((tx) => assignCase(tx, { ...actor(ctx, found.id), assigneeId: input.assigneeId, assigneeName }));
    return { ok: true };
  }),

  addNote: physioProcedure.input(caseNoteInput).mutation(async ({ ctx, input }) => {
    const found = await requireCase(ctx, input.id);
    const id = await ctx.db.transaction((tx) => addClinicalNote(tx, { ...actor(ctx, found.id), athleteId: found.athleteId, body: input.body, forAthlete: input.forAthlete }));
    return { id };
  }),

  setReturnToRun: physioProcedure.input(caseReturnToRunInput).mutation(async ({ ctx, input }) => {
    const found = await requireCase(ctx, input.id);
    await ctx.db.transaction(async (tx) => {
      await setReturnToRun(tx, { ...actor(ctx, found.id), athleteId: found.athleteId, status: input.status, reviewDay: input.reviewDay ?? null });
      const [athlete] = await tx.select({ name: users.name }).from(users).where(eq(users.id, found.athleteId));
      const coaches = await coachesOfAthlete(tx, { athleteId: found.athleteId });
      const title = `Return to run for ${athlete?.name ?? "an athlete"}: ${RETURN_TO_RUN_LABEL[input.status]}`;
      // Each reader is sent where they can see it: coaches to the athlete's page, the athlete to today's.
      await notify(tx, { userIds: coaches.map((c) => c.id), notification: { kind: "return-to-run", title, body: "", link: coachAthleteLink(found.athleteId) } });
      await notify(tx, { userIds: [found.athleteId], notification: { kind: "return-to-run", title, body: "", link: ATHLETE_CARE_LINK } });
    });
    return { ok: true };
  }),

  /** Pause, resume or end one of the athlete's program assignments, recorded on the case. */
  setAssignmentStatus: physioProcedure.input(caseAssignmentInput).mutation(async ({ ctx, input }) => {
    const found = await requireCase(ctx, input.id);
    const assignment = await assignmentInOrg(ctx.db, { orgId: ctx.viewer.orgId, id: input.assignmentId });
    if (!assignment || assignment.athleteId !== found.athleteId) throw notFound("Assignment");
    if (assignment.status === "ended") throw badRequest("This assignment has ended already.");
    const { timeZone } = await calendarOf(ctx.db, { userId: found.athleteId });
    await ctx.db.transaction(async (tx) => {
      await changeAssignmentStatus(tx, { id: assignment.id, status: input.status, day: localDay(new Date(), timeZone) });
      await recordCaseEvent(tx, actor(ctx, found.id), "assignments-changed", { assignmentId: assignment.id, status: input.status });
    });
    return { ok: true };
  }),

  resolve: physioProcedure.input(caseResolveInput).mutation(async ({ ctx, input }) => {
    const found = await requireCase(ctx, input.id);
    if (found.status === "resolved") throw badRequest("This case is resolved already.");
    await ctx.db.transaction((tx) => resolveCase(tx, { ...actor(ctx, found.id), outcome: input.outcome }));
    return { ok: true };
  }),

  reopen: physioProcedure.input(caseIdInput).mutation(async ({ ctx, input }) => {
    const found = await requireCase(ctx, input.id);
    if (found.status !== "resolved") throw badRequest("Only a resolved case can be reopened.");
    const result = await ctx.db.transaction((tx) => reopenCase(tx, { ...actor(ctx, found.id), athleteId: found.athleteId }));
    if (!result.ok) throw new TRPCError({ code: "CONFLICT", message: "This athlete has another open case; add to that one instead." });
    return { ok: true };
  }),
});
