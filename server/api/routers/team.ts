import { insertTeam, renameTeam, setTeamArchived, teamInOrg, teamsOfOrg } from "../../../db/queries/teams";
import type { DbOrTx } from "../../../db/client";
import type { Viewer } from "../../auth/viewer";
import { teamArchiveInput, teamCreateInput, teamRenameInput } from "../../schemas/team";
import { audit } from "../../services/audit";
import { conflict, isUniqueViolation, notFound } from "../errors";
import { adminProcedure, router } from "../trpc";

const NAME_TAKEN = "There is a team with this name already (archived teams count too).";

async function requireTeam(db: DbOrTx, viewer: Viewer, id: string) {
  const team = await teamInOrg(db, { orgId: viewer.orgId, id });
  if (!team) throw notFound("Team");
  return team;
}

/** Turns the team-name unique index into a plain message. */
async function uniqueName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err, "teams_org_id_name_key")) throw conflict(NAME_TAKEN);
    throw err;
  }
}

export const teamRouter = router({
  list: adminProcedure.query(({ ctx }) => teamsOfOrg(ctx.db, { orgId: ctx.viewer.orgId })),

  create: adminProcedure.input(teamCreateInput).mutation(({ ctx, input }) =>
    uniqueName(() =>
      ctx.db.transaction(async (tx) => {
        const id = await insertTeam(tx, { orgId: ctx.viewer.orgId, name: input.name });
        await audit(tx, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: "team.created", entityType: "team", entityId: id, ip: ctx.ip, detail: { name: input.name } });
        return { id };
      }),
    ),
  ),

  rename: adminProcedure.input(teamRenameInput).mutation(async ({ ctx, input }) => {
    const team = await requireTeam(ctx.db, ctx.viewer, input.id);
    if (team.name === input.name) return { ok: true };
    await uniqueName(() =>
      ctx.db.transaction(async (tx) => {
        await renameTeam(tx, { id: team.id, name: input.name });
        await audit(tx, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: "team.renamed", entityType: "team", entityId: team.id, ip: ctx.ip, detail: { from: team.name, to: input.name } });
      }),
    );
    return { ok: true };
  }),

  /** An archived team keeps its members and history; it just stops appearing in current views. */
  archive: adminProcedure.input(teamArchiveInput).mutation(async ({ ctx, input }) => {
    const team = await requireTeam(ctx.db, ctx.viewer, input.id);
    if ((team.archivedAt !== null) === input.archived) return { ok: true };
    await ctx.db.transaction(async (tx) => {
      await setTeamArchived(tx, { id: team.id, archivedAt: input.archived ? new Date() : null });
      await audit(tx, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: input.archived ? "team.archived" : "team.restored", entityType: "team", entityId: team.id, ip: ctx.ip });
    });
    return { ok: true };
  }),
});
