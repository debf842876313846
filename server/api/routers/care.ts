import { currentReturnToRun, messagesForAthlete, openCaseOf } from "../../../db/queries/case-detail";
import { athleteProcedure, router } from "../trpc";

/** What an athlete sees of their clinic case: the return-to-run status and messages meant for them. */
export const careRouter = router({
  mine: athleteProcedure.query(async ({ ctx }) => {
    const [returnToRun, messages, openCase] = await Promise.all([
      currentReturnToRun(ctx.db, { athleteId: ctx.viewer.id }),
      messagesForAthlete(ctx.db, { athleteId: ctx.viewer.id, limit: 5 }),
      openCaseOf(ctx.db, { athleteId: ctx.viewer.id }),
    ]);
    return {
      returnToRun: returnToRun && { status: returnToRun.status, reviewDay: returnToRun.reviewDay, setAt: returnToRun.setAt, setByName: returnToRun.setByName },
      messages,
      underReview: openCase !== null,
    };
  }),
});
