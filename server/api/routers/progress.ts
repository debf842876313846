import { loadAthleteProgress } from "../../services/athlete-progress";
import { athleteProgressInput } from "../../schemas/dashboard";
import { protectedProcedure, router } from "../trpc";

export const progressRouter = router({
  /**
   * One athlete's pain, OSTRC-O2, adherence and timeline: for the athlete themself, their coaches
   * and the clinic. The access module decides who is visible; an athlete sees only their own.
   */
  athlete: protectedProcedure.input(athleteProgressInput).query(({ ctx, input }) => loadAthleteProgress(ctx.db, ctx.viewer, input)),
});
