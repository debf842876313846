import { invitationInOrg, openInvitationForEmail, revokeInvitation, unusedInvitationsOfOrg } from "../../../db/queries/invitations";
import { accountByEmail } from "../../../db/queries/people";
import { currentTeamIds } from "../../../db/queries/teams";
import type { DbOrTx } from "../../../db/client";
import type { Viewer } from "../../auth/viewer";
import { linkState } from "../../domain/invitation";
import { invitationIdInput, inviteInput } from "../../schemas/people";
import { audit } from "../../services/audit";
import { issueLink } from "../../services/invitations";
import { badRequest, conflict, notFound } from "../errors";
import { adminProcedure, router } from "../trpc";

const EMAIL_TAKEN = "An account with this email address exists already, in this or another organisation. Each person can have only one account.";

async function requireInvitation(db: DbOrTx, viewer: Viewer, id: string) {
  const found = await invitationInOrg(db, { orgId: viewer.orgId, id });
  if (!found) throw notFound("Invitation");
  return found;
}

export const invitationRouter = router({
  /** Links not used and not withdrawn: open ones, and expired ones that may need a new link. */
  list: adminProcedure.query(async ({ ctx }) => {
    const now = new Date();
    const rows = await unusedInvitationsOfOrg(ctx.db, { orgId: ctx.viewer.orgId });
    return rows.map((r) => ({ ...r, state: linkState({ usedAt: null, revokedAt: null, expiresAt: r.expiresAt }, now) }));
  }),

  create: adminProcedure.input(inviteInput).mutation(async ({ ctx, input }) => {
    const now = new Date();
    if (await accountByEmail(ctx.db, { email: input.email })) throw conflict(EMAIL_TAKEN);
    if (await openInvitationForEmail(ctx.db, { orgId: ctx.viewer.orgId, email: input.email, now })) {
      throw conflict("An invitation to this address is still open. Send a new link from the list of invitations instead.");
    }
    const takesTeams = input.role === "coach" || input.role === "athlete";
    const teamIds = takesTeams ? [...new Set(input.teamIds)] : [];
    const found = await currentTeamIds(ctx.db, { orgId: ctx.viewer.orgId, ids: teamIds });
    if (found.size !== teamIds.length) throw notFound("Team");
    const issued = await ctx.db.transaction((tx) =>
      issueLink(tx, {
        viewer: ctx.viewer,
        ip: ctx.ip,
        now,
        action: "invitation.created",
        request: { kind: "invite", email: input.email, name: input.name, role: input.role, teamIds, userId: null },
      }),
    );
    return { link: issued.link, emailed: issued.emailed, expiresAt: issued.expiresAt };
  }),

  /** Withdraws the link and issues a fresh one (7 more days); the only way to see a link again. */
  renew: adminProcedure.input(invitationIdInput).mutation(async ({ ctx, input }) => {
    const inv = await requireInvitation(ctx.db, ctx.viewer, input.id);
    if (inv.usedAt) throw badRequest("This link has been used already.");
    if (!inv.userId && (await accountByEmail(ctx.db, { email: inv.email }))) throw conflict(EMAIL_TAKEN);
    const now = new Date();
    const issued = await ctx.db.transaction(async (tx) => {
      await revokeInvitation(tx, { id: inv.id, now });
      return issueLink(tx, {
        viewer: ctx.viewer,
        ip: ctx.ip,
        now,
        action: "invitation.renewed",
        request: { kind: inv.kind === "reset" ? "reset" : "invite", email: inv.email, name: inv.name, role: inv.role, teamIds: inv.teamIds, userId: inv.userId },
      });
    });
    return { link: issued.link, emailed: issued.emailed, expiresAt: issued.expiresAt };
  }),

  revoke: adminProcedure.input(invitationIdInput).mutation(async ({ ctx, input }) => {
    const inv = await requireInvitation(ctx.db, ctx.viewer, input.id);
    if (inv.usedAt) throw badRequest("This link has been used already.");
    await ctx.db.transaction(async (tx) => {
      await revokeInvitation(tx, { id: inv.id, now: new Date() });
      await audit(tx, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: "invitation.revoked", entityType: "invitation", entityId: inv.id, ip: ctx.ip });
    });
    return { ok: true };
  }),
});
