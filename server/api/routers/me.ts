import { organisationById } from "../../../db/queries/people";
import { visibleTeams } from "../../access";
import { protectedProcedure, router } from "../trpc";

export const meRouter = router({
  get: protectedProcedure.query(async ({ ctx }) => {
    const org = await organisationById(ctx.db, { orgId: ctx.viewer.orgId });
    return {
      id: ctx.viewer.id,
      name: ctx.viewer.name,
      email: ctx.viewer.email,
      role: ctx.viewer.role,
      organisation: { name: org?.name ?? "", timeZone: org?.timeZone ?? "UTC" },
      teams: ctx.viewer.role === "athlete" ? [] : await visibleTeams(ctx.db, ctx.viewer),
    };
  }),
});
