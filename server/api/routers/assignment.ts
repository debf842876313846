import { format, parseISO } from "date-fns";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import {
  assignmentInOrg,
  assignmentsOfProgram,
  assignmentsOfAthlete,
  changeAssignmentStatus,
  insertAssignments,
  latestVersionOf,
  overlappingAssignments,
  setAssignmentVersion,
} from "../../../db/queries/assignments";
import { programById } from "../../../db/queries/programs";
import { teamMembers, users } from "../../../db/schema";
import { findVisibleAthlete, requireVisibleAthlete, requireVisibleTeam, visibleAthletesCondition } from "../../access";
import { addDays, localDay } from "../../domain/calendar";
import { id } from "../../schemas/common";
import { assignInput, assignmentStatusInput } from "../../schemas/program";
import { badRequest, conflict, notFound } from "../errors";
import { coachProcedure, router, staffProcedure } from "../trpc";

const dayLabel = (d: string) => format(parseISO(d), "d MMM yyyy");

export const assignmentRouter = router({
  forAthlete: staffProcedure.input(z.object({ athleteId: id("Athlete") })).query(async ({ ctx, input }) => {
    await requireVisibleAthlete(ctx.db, ctx.viewer, input.athleteId);
    return assignmentsOfAthlete(ctx.db, { athleteId: input.athleteId });
  }),

  forProgram: coachProcedure.input(z.object({ programId: id("Program") })).query(async ({ ctx, input }) => {
    const program = await programById(ctx.db, { orgId: ctx.viewer.orgId, id: input.programId });
    if (!program) throw notFound("Program");
    return assignmentsOfProgram(ctx.db, { programId: program.id, athletes: visibleAthletesCondition(ctx.viewer) });
  }),

  /** Assign the program's latest version to athletes and/or a whole team, all or nothing. */
  create: coachProcedure.input(assignInput).mutation(async ({ ctx, input }) => {
    const program = await programById(ctx.db, { orgId: ctx.viewer.orgId, id: input.programId });
    if (!program) throw notFound("Program");
    if (program.archived) throw badRequest("This program is archived. Restore it before assigning it.");
    const athleteIds = new Set<string>();
    for (const athleteId of input.athleteIds) athleteIds.add((await requireVisibleAthlete(ctx.db, ctx.viewer, athleteId)).id);
    if (input.teamId) {
      await requireVisibleTeam(ctx.db, ctx.viewer, input.teamId);
      const members = await ctx.db
        .select({ id: users.id })
        .from(users)
        .innerJoin(teamMembers, eq(teamMembers.userId, users.id))
        .where(and(eq(teamMembers.teamId, input.teamId), eq(users.active, true), visibleAthletesCondition(ctx.viewer)));
      for (const m of members) athleteIds.add(m.id);
    }
    if (athleteIds.size === 0) throw badRequest("That team has no athletes yet.");
    return ctx.db.transaction(async (tx) => {
      const ids = [...athleteIds];
      const overlaps = await overlappingAssignments(tx, { programId: program.id, athleteIds: ids, startDay: input.startDay, endDay: input.endDay ?? null });
      const first = overlaps[0];
      if (first) {
        const others = overlaps.length > 1 ? ` (and ${overlaps.length - 1} more athlete${overlaps.length > 2 ? "s" : ""})` : "";
        throw conflict(
          `${first.athleteName} already has “${first.programName}” (version ${first.version}) from ${dayLabel(first.startDay)} ${first.endDay ? `to ${dayLabel(first.endDay)}` : "with no end date"}${others}. Change the dates or end that assignment first.`,
        );
      }
      const created = await insertAssignments(tx, {
        orgId: ctx.viewer.orgId,
        programId: program.id,
        versionId: program.versionId,
        athleteIds: ids,
        startDay: input.startDay,
        endDay: input.endDay ?? null,
        assignedBy: ctx.viewer.id,
      });
      return { count: created.length, version: program.version };
    });
  }),

  /** Pause, resume or end. Coaches for their athletes; physios may pause or end from a case. */
  setStatus: staffProcedure.input(assignmentStatusInput).mutation(async ({ ctx, input }) => {
    const assignment = await assignmentInOrg(ctx.db, { orgId: ctx.viewer.orgId, id: input.id });
    const athlete = assignment && (await findVisibleAthlete(ctx.db, ctx.viewer, assignment.athleteId));
    if (!assignment || !athlete) throw notFound("Assignment");
    if (assignment.status === "ended") throw badRequest("This assignment has ended; assign the program again instead.");
    const today = localDay(new Date(), athlete.timeZone);
    return ctx.db.transaction((tx) => changeAssignmentStatus(tx, { id: assignment.id, status: input.status, day: today }));
  }),

  /** Moves the athlete to the program's latest version from today; the old version's history stays as it was. */
  moveToLatest: coachProcedure.input(z.object({ id: id("Assignment") })).mutation(async ({ ctx, input }) => {
    const assignment = await assignmentInOrg(ctx.db, { orgId: ctx.viewer.orgId, id: input.id });
    const athlete = assignment && (await findVisibleAthlete(ctx.db, ctx.viewer, assignment.athleteId));
    if (!assignment || !athlete) throw notFound("Assignment");
    if (assignment.status === "ended") throw badRequest("This assignment has ended.");
    const latest = await latestVersionOf(ctx.db, { programId: assignment.programId });
    if (!latest || latest.id === assignment.versionId) throw badRequest("This athlete already has the latest version.");
    const today = localDay(new Date(), athlete.timeZone);
    return ctx.db.transaction(async (tx) => {
      // Not started yet (or starting today): nothing to preserve, so the assignment simply takes the new version.
      if (assignment.startDay >= today) {
        await setAssignmentVersion(tx, { id: assignment.id, versionId: latest.id });
        return { id: assignment.id, version: latest.version };
      }
      await changeAssignmentStatus(tx, { id: assignment.id, status: "ended", day: addDays(today, -1) });
      const [created] = await insertAssignments(tx, {
        orgId: ctx.viewer.orgId,
        programId: assignment.programId,
        versionId: latest.id,
        athleteIds: [assignment.athleteId],
        startDay: today,
        endDay: assignment.endDay,
        assignedBy: ctx.viewer.id,
      });
      return { id: created!.id, version: latest.version };
    });
  }),
});

