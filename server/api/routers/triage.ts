import { caseQueue } from "../../../db/queries/cases";
import { activeStaff } from "../../../db/queries/notifications";
import { requireVisibleTeam, visibleTeams } from "../../access";
import { triageQueueInput } from "../../schemas/case";
import { physioProcedure, router } from "../trpc";

export const triageRouter = router({
  /** Open cases of the physio's organisation, most urgent first, optionally narrowed. */
  queue: physioProcedure.input(triageQueueInput).query(async ({ ctx, input }) => {
    if (input.teamId) await requireVisibleTeam(ctx.db, ctx.viewer, input.teamId);
    return caseQueue(ctx.db, {
      orgId: ctx.viewer.orgId,
      tier: input.tier,
      teamId: input.teamId,
      assigneeId: input.assignedToMe ? ctx.viewer.id : null,
    });
  }),

  /** Teams to filter the queue by. */
  teams: physioProcedure.query(({ ctx }) => visibleTeams(ctx.db, ctx.viewer)),

  /** Physiotherapists of the organisation a case can be assigned to. */
  physios: physioProcedure.query(async ({ ctx }) => {
    const physios = await activeStaff(ctx.db, { orgId: ctx.viewer.orgId, role: "physio" });
    return physios.map((p) => ({ id: p.id, name: p.name, isMe: p.id === ctx.viewer.id })).sort((a, b) => a.name.localeCompare(b.name));
  }),
});
