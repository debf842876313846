import { peopleOfOrg } from "../../../db/queries/people";
import { adminProcedure, router } from "../trpc";

export const peopleRouter = router({
  list: adminProcedure.query(({ ctx }) => peopleOfOrg(ctx.db, { orgId: ctx.viewer.orgId })),
});
