import { loadClinicOverview } from "../../services/clinic-overview";
import { loadTeamOverview } from "../../services/team-overview";
import { clinicOverviewInput, teamOverviewInput } from "../../schemas/dashboard";
import { clinicProcedure, router, staffProcedure } from "../trpc";

export const dashboardRouter = router({
  /** Key figures and weekly charts over the viewer's athletes, or one of their teams. */
  team: staffProcedure.input(teamOverviewInput).query(({ ctx, input }) => loadTeamOverview(ctx.db, ctx.viewer, input)),
  /** The organisation's cases: open by tier, timings, outcomes and workload. */
  clinic: clinicProcedure.input(clinicOverviewInput).query(({ ctx, input }) => loadClinicOverview(ctx.db, ctx.viewer, input)),
});
