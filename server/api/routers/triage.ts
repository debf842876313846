import { caseQueue } from "../../../db/queries/cases";
import { physioProcedure, router } from "../trpc";

export const triageRouter = router({
  queue: physioProcedure.query(({ ctx }) => caseQueue(ctx.db, { orgId: ctx.viewer.orgId })),
});
