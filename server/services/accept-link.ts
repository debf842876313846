/**
 * The public side of single-use links: what the invite page shows, and accepting a link
 * (creating the account or setting the new password), all in one transaction.
 */
import { accountByEmail, ensureAthleteProfile } from "../../db/queries/people";
import { invitationByTokenHash, markInvitationUsed } from "../../db/queries/invitations";
import { addTeamMembers, currentTeamIds } from "../../db/queries/teams";
import { setPasswordHash } from "../../db/queries/account";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import { isUniqueViolation } from "../api/errors";
import { hashLinkToken, looksLikeLinkToken } from "../auth/link-token";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { CLOSED_LINK_MESSAGE, type LinkKind, type LinkState, linkState } from "../domain/invitation";
import type { Role } from "../domain/vocab";
import { audit } from "./audit";

export type LinkView =
  | { state: "unknown" }
  | { state: LinkState; kind: LinkKind; name: string; email: string; role: Role; orgName: string };

export async function describeLink(db: Db, params: { token: string; now: Date }): Promise<LinkView> {
  if (!looksLikeLinkToken(params.token)) return { state: "unknown" };
  const found = await invitationByTokenHash(db, { tokenHash: hashLinkToken(params.token) });
  if (!found) return { state: "unknown" };
  const inv = found.invitation;
  return {
    state: linkState(inv, params.now),
    kind: inv.kind === "reset" ? "reset" : "invite",
    name: inv.name,
    email: inv.email,
    role: inv.role,
    orgName: found.orgName,
  };
}

export type AcceptResult = { ok: true; email: string } | { ok: false; message: string };

const UNKNOWN = "This link is not valid. Check that you copied the whole link, or ask an admin of your organisation for a new one.";
const TAKEN = "An account with this email address exists already. Sign in with it, or ask an admin of your organisation for help.";
const INACTIVE = "This account is deactivated. Ask an admin of your organisation to reactivate it first.";

export async function acceptLink(db: Db, params: { token: string; password: string; now: Date; ip: string | null }): Promise<AcceptResult> {
  if (!looksLikeLinkToken(params.token)) return { ok: false, message: UNKNOWN };
  const weak = passwordProblem(params.password);
  if (weak) return { ok: false, message: weak };
  const passwordHash = await hashPassword(params.password);
  try {
    return await db.transaction(async (tx) => {
      const found = await invitationByTokenHash(tx, { tokenHash: hashLinkToken(params.token), lock: true });
      if (!found) return { ok: false, message: UNKNOWN };
      const inv = found.invitation;
      const state = linkState(inv, params.now);
      if (state !== "open") return { ok: false, message: CLOSED_LINK_MESSAGE[state] };

      let userId: string;
      if (inv.userId) {
        const updated = await setPasswordHash(tx, { userId: inv.userId, passwordHash, onlyIfActive: true });
        if (!updated) return { ok: false, message: INACTIVE };
        userId = inv.userId;
      } else {
        if (await accountByEmail(tx, { email: inv.email })) return { ok: false, message: TAKEN };
        const [created] = await tx
          .insert(users)
          .values({ orgId: inv.orgId, email: inv.email, name: inv.name, role: inv.role, passwordHash })
          .returning({ id: users.id });
        userId = created!.id;
        if (inv.role === "coach" || inv.role === "athlete") {
          const teamIds = await currentTeamIds(tx, { orgId: inv.orgId, ids: inv.teamIds });
          await addTeamMembers(tx, { userId, teamIds: [...teamIds] });
        }
        if (inv.role === "athlete") await ensureAthleteProfile(tx, { userId });
      }
      if (!(await markInvitationUsed(tx, { id: inv.id, now: params.now }))) throw new Error("link used concurrently");
      await audit(tx, {
        orgId: inv.orgId,
        actorId: userId,
        action: inv.kind === "reset" ? "password.reset" : "invitation.accepted",
        entityType: "invitation",
        entityId: inv.id,
        athleteId: inv.role === "athlete" ? userId : null,
        ip: params.ip,
      });
      return { ok: true, email: inv.email };
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, message: TAKEN };
    throw err;
  }
}
