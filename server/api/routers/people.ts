import { revokeLinksOfUser } from "../../../db/queries/invitations";
import {
  ensureAthleteProfile,
  lockOrganisation,
  otherActiveAdmins,
  peopleOfOrg,
  personInOrg,
  removeAllCurrentTeams,
  replaceCurrentTeams,
  updatePerson,
} from "../../../db/queries/people";
import { currentTeamIds } from "../../../db/queries/teams";
import { clearTwoStep } from "../../../db/queries/two-step";
import type { DbOrTx } from "../../../db/client";
import type { Viewer } from "../../auth/viewer";
import { peopleListInput, personIdInput, setActiveInput, setRoleInput, setTeamsInput } from "../../schemas/people";
import { audit } from "../../services/audit";
import { issueResetLink } from "../../services/invitations";
import { badRequest, conflict, notFound } from "../errors";
import { adminProcedure, router } from "../trpc";

async function requirePerson(db: DbOrTx, viewer: Viewer, userId: string) {
  const person = await personInOrg(db, { orgId: viewer.orgId, userId });
  if (!person) throw notFound("Person");
  return person;
}

/** Refuses to leave the organisation without an active admin. Call inside the locked transaction. */
async function keepOneAdmin(db: DbOrTx, person: { id: string; orgId: string; name: string; role: string; active: boolean }) {
  if (person.role !== "admin" || !person.active) return;
  if ((await otherActiveAdmins(db, { orgId: person.orgId, exceptUserId: person.id })) > 0) return;
  throw conflict(`${person.name} is the last active admin. Make someone else an admin first, so the organisation always has one.`);
}

export const peopleRouter = router({
  list: adminProcedure.input(peopleListInput).query(({ ctx, input }) =>
    peopleOfOrg(ctx.db, { orgId: ctx.viewer.orgId, filter: input ?? { status: "all" } }),
  ),

  setRole: adminProcedure.input(setRoleInput).mutation(async ({ ctx, input }) => {
    await requirePerson(ctx.db, ctx.viewer, input.userId);
    return ctx.db.transaction(async (tx) => {
      await lockOrganisation(tx, { orgId: ctx.viewer.orgId });
      const person = await requirePerson(tx, ctx.viewer, input.userId);
      if (person.role === input.role) return { changed: false };
      if (input.role !== "admin") await keepOneAdmin(tx, person);
      await updatePerson(tx, { userId: person.id, set: { role: input.role } });
      // Admins and physios see every team; a membership would mean nothing for them.
      if (input.role === "admin" || input.role === "physio") await removeAllCurrentTeams(tx, { orgId: person.orgId, userId: person.id });
      if (input.role === "athlete") await ensureAthleteProfile(tx, { userId: person.id });
      await audit(tx, {
        orgId: ctx.viewer.orgId,
        actorId: ctx.viewer.id,
        action: "person.role-changed",
        entityType: "user",
        entityId: person.id,
        ip: ctx.ip,
        detail: { from: person.role, to: input.role },
      });
      return { changed: true };
    });
  }),

  setActive: adminProcedure.input(setActiveInput).mutation(async ({ ctx, input }) => {
    await requirePerson(ctx.db, ctx.viewer, input.userId);
    return ctx.db.transaction(async (tx) => {
      await lockOrganisation(tx, { orgId: ctx.viewer.orgId });
      const person = await requirePerson(tx, ctx.viewer, input.userId);
      if (person.active === input.active) return { changed: false };
      if (!input.active) {
        await keepOneAdmin(tx, person);
        await revokeLinksOfUser(tx, { userId: person.id, now: new Date() });
      }
      await updatePerson(tx, { userId: person.id, set: { active: input.active } });
      await audit(tx, {
        orgId: ctx.viewer.orgId,
        actorId: ctx.viewer.id,
        action: input.active ? "person.reactivated" : "person.deactivated",
        entityType: "user",
        entityId: person.id,
        athleteId: person.role === "athlete" ? person.id : null,
        ip: ctx.ip,
      });
      return { changed: true };
    });
  }),

  /** Moves an athlete between teams, or sets the teams a coach coaches. */
  setTeams: adminProcedure.input(setTeamsInput).mutation(async ({ ctx, input }) => {
    const person = await requirePerson(ctx.db, ctx.viewer, input.userId);
    if (person.role !== "coach" && person.role !== "athlete") {
      throw badRequest("Admins and physiotherapists see every team, so they are not members of teams.");
    }
    const teamIds = [...new Set(input.teamIds)];
    const found = await currentTeamIds(ctx.db, { orgId: ctx.viewer.orgId, ids: teamIds });
    if (found.size !== teamIds.length) throw notFound("Team");
    await ctx.db.transaction(async (tx) => {
      await replaceCurrentTeams(tx, { orgId: ctx.viewer.orgId, userId: person.id, teamIds });
      await audit(tx, {
        orgId: ctx.viewer.orgId,
        actorId: ctx.viewer.id,
        action: "person.teams-changed",
        entityType: "user",
        entityId: person.id,
        athleteId: person.role === "athlete" ? person.id : null,
        ip: ctx.ip,
        detail: { teamIds },
      });
    });
    return { ok: true };
  }),

  /** A link to set a new password; the current password keeps working until the link is used. */
  resetPassword: adminProcedure.input(personIdInput).mutation(async ({ ctx, input }) => {
    const person = await requirePerson(ctx.db, ctx.viewer, input.userId);
    if (!person.active) throw badRequest(`${person.name} is deactivated. Reactivate them first.`);
    const issued = await ctx.db.transaction((tx) => issueResetLink(tx, { viewer: ctx.viewer, ip: ctx.ip, person, now: new Date() }));
    return { link: issued.link, emailed: issued.emailed, expiresAt: issued.expiresAt };
  }),

  /**
   * For a lost phone: turns the person's two-step sign-in off and signs them out everywhere.
   * They set it up again at their next sign-in (at once, when the organisation requires it).
   * Not for oneself: turning one's own off needs the password and a code (account page).
   */
  resetTwoStep: adminProcedure.input(personIdInput).mutation(async ({ ctx, input }) => {
    const person = await requirePerson(ctx.db, ctx.viewer, input.userId);
    if (person.id === ctx.viewer.id) throw badRequest("Turn your own two-step sign-in off on your account page; another admin can reset it if you lost your phone.");
    return ctx.db.transaction(async (tx) => {
      if (!(await clearTwoStep(tx, { userId: person.id, endSessions: true }))) return { changed: false };
      await audit(tx, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: "person.two-step-reset", entityType: "user", entityId: person.id, ip: ctx.ip });
      return { changed: true };
    });
  }),
});
