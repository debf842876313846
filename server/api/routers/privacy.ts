import { and, asc, eq } from "drizzle-orm";
import { athleteDataExport } from "../../../db/queries/privacy";
import { users } from "../../../db/schema";
import { eraseAthleteInput } from "../../schemas/privacy";
import { audit } from "../../services/audit";
import { eraseAthlete } from "../../services/erasure";
import { badRequest, notFound } from "../errors";
import { adminProcedure, athleteProcedure, router } from "../trpc";

export const privacyRouter = router({
  /** Everything stored about the signed-in athlete; the page turns it into JSON and CSV files. */
  exportMine: athleteProcedure.query(async ({ ctx }) => {
    const data = await athleteDataExport(ctx.db, { athleteId: ctx.viewer.id });
    await audit(ctx.db, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: "data.exported", entityType: "athlete", entityId: ctx.viewer.id, athleteId: ctx.viewer.id, ip: ctx.ip });
    return data;
  }),

  /** The organisation's athletes an admin may erase. */
  athletes: adminProcedure.query(({ ctx }) =>
    ctx.db
      .select({ id: users.id, name: users.name, email: users.email, active: users.active })
      .from(users)
      .where(and(eq(users.orgId, ctx.viewer.orgId), eq(users.role, "athlete")))
      .orderBy(asc(users.name)),
  ),

  eraseAthlete: adminProcedure.input(eraseAthleteInput).mutation(async ({ ctx, input }) => {
    const [athlete] = await ctx.db
      .select({ name: users.name })
      .from(users)
      .where(and(eq(users.id, input.athleteId), eq(users.orgId, ctx.viewer.orgId), eq(users.role, "athlete")));
    if (!athlete) throw notFound("Athlete");
    if (athlete.name.trim().toLowerCase() !== input.confirmName.toLowerCase()) throw badRequest("The name you typed does not match this athlete's name.");
    const erased = await eraseAthlete(ctx.db, { athleteId: input.athleteId, actor: { id: ctx.viewer.id, orgId: ctx.viewer.orgId, ip: ctx.ip } });
    if (!erased) throw notFound("Athlete");
    return erased;
  }),
});
