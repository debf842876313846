import { z } from "zod";
import { adherenceInputs } from "../../../db/queries/adherence";
import { assignmentsOfAthlete } from "../../../db/queries/assignments";
import { currentReturnToRun, openCaseOf } from "../../../db/queries/case-detail";
import { reportsOfAthlete } from "../../../db/queries/pain";
import { athleteProfileOf } from "../../../db/queries/people";
import { requireVisibleAthlete } from "../../access";
import { adherenceWindow, summariseAdherence } from "../../domain/adherence-summary";
import { addDays, localDay } from "../../domain/calendar";
import { id } from "../../schemas/common";
import { audit } from "../../services/audit";
import { staffProcedure, router } from "../trpc";

export const athleteRouter = router({
  /** One athlete as staff see them. Coaches get pain figures only when the athlete shares them, and never clinical notes. */
  summary: staffProcedure.input(z.object({ athleteId: id("Athlete") })).query(async ({ ctx, input }) => {
    const athlete = await requireVisibleAthlete(ctx.db, ctx.viewer, input.athleteId);
    const { weekStartsOn } = ctx.viewer.calendar;
    const today = localDay(new Date(), athlete.timeZone);
    const window = adherenceWindow(today, weekStartsOn);
    const [profile, assignments, inputs, openCase, returnToRun] = await Promise.all([
      athleteProfileOf(ctx.db, { athleteId: athlete.id }),
      assignmentsOfAthlete(ctx.db, { athleteId: athlete.id }),
      adherenceInputs(ctx.db, { athleteIds: [athlete.id], from: window.from, to: window.to }),
      openCaseOf(ctx.db, { athleteId: athlete.id }),
      currentReturnToRun(ctx.db, { athleteId: athlete.id }),
    ]);
    const painShared = ctx.viewer.role !== "coach" || (profile?.coachSeesPainDetails ?? true);
    const reports = painShared ? await reportsOfAthlete(ctx.db, { athleteId: athlete.id, since: addDays(today, -28) }) : [];
    const adherence = inputs.get(athlete.id);
    await audit(ctx.db, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: painShared ? "pain-reports.read" : "athlete.read", entityType: "athlete", entityId: athlete.id, athleteId: athlete.id, ip: ctx.ip });
    return {
      athlete: { id: athlete.id, name: athlete.name, runDays: profile?.runDays ?? [], weeklyKm: profile?.weeklyKm ?? null },
      today,
      adherence: adherence ? summariseAdherence(adherence, today, weekStartsOn) : null,
      assignments,
      openCase: openCase && { tier: openCase.tier, status: openCase.status, openedAt: openCase.openedAt },
      returnToRun: returnToRun && { status: returnToRun.status, reviewDay: returnToRun.reviewDay },
      painShared,
      pain: reports.map((r) => ({ id: r.id, day: r.day, painNow: r.painNow, painWorstRun: r.painWorstRun, areas: r.areas })),
    };
  }),
});
