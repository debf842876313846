import { athleteHistoryCsv, rosterCsv } from "../../services/exports";
import { athleteExportInput, rosterExportInput } from "../../schemas/dashboard";
import { protectedProcedure, router, staffProcedure } from "../trpc";

/** CSV downloads; app/api/export/* serves them as files through these same procedures. */
export const exportsRouter = router({
  roster: staffProcedure.input(rosterExportInput).query(({ ctx, input }) => rosterCsv(ctx.db, ctx.viewer, input, ctx.ip)),
  athleteHistory: protectedProcedure.input(athleteExportInput).query(({ ctx, input }) => athleteHistoryCsv(ctx.db, ctx.viewer, input, ctx.ip)),
});
