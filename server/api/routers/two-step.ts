import { confirmEnrolment, disableOwn, startEnrolment, twoStepStatus } from "../../services/two-step";
import { twoStepCodeInput, twoStepDisableInput } from "../../schemas/two-step";
import { router, twoStepProcedure } from "../trpc";

/** A staff member's own two-step sign-in. Reachable while enrolment is due (twoStepProcedure). */
export const twoStepRouter = router({
  status: twoStepProcedure.query(({ ctx }) => twoStepStatus(ctx.db, ctx.viewer)),
  start: twoStepProcedure.mutation(({ ctx }) => startEnrolment(ctx.db, ctx)),
  confirm: twoStepProcedure.input(twoStepCodeInput).mutation(({ ctx, input }) => confirmEnrolment(ctx.db, ctx, input.code)),
  disable: twoStepProcedure.input(twoStepDisableInput).mutation(({ ctx, input }) => disableOwn(ctx.db, ctx, input)),
});
