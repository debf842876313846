/**
 * Issuing single-use links: invitations to join, and password resets by an admin. The token
 * exists only in the returned link (and the email); the database keeps its hash.
 */
import { insertInvitation, type NewInvitation, revokeLinksOfUser } from "../../db/queries/invitations";
import type { DbOrTx } from "../../db/client";
import { organisationById } from "../../db/queries/people";
import { hashLinkToken, newLinkToken } from "../auth/link-token";
import type { Viewer } from "../auth/viewer";
import { linkExpiry } from "../domain/invitation";
import { audit } from "./audit";
import { emailLink, linkUrl } from "./link-email";

export type IssuedLink = { id: string; link: string; emailed: boolean; expiresAt: Date };

type LinkRequest = Omit<NewInvitation, "tokenHash" | "expiresAt" | "createdBy" | "orgId">;

export async function issueLink(
  db: DbOrTx,
  params: { viewer: Viewer; ip: string | null; request: LinkRequest; now: Date; action: string },
): Promise<IssuedLink> {
  const { viewer, request, now } = params;
  const token = newLinkToken();
  const expiresAt = linkExpiry(now);
  const id = await insertInvitation(db, { ...request, orgId: viewer.orgId, tokenHash: hashLinkToken(token), expiresAt, createdBy: viewer.id });
  const link = linkUrl(token);
  const org = await organisationById(db, { orgId: viewer.orgId });
  const emailed = await emailLink(db, { orgId: viewer.orgId, orgName: org?.name ?? "Your club", kind: request.kind, to: request.email, name: request.name, link });
  await audit(db, {
    orgId: viewer.orgId,
    actorId: viewer.id,
    action: params.action,
    entityType: "invitation",
    entityId: id,
    athleteId: request.role === "athlete" ? request.userId : null,
    ip: params.ip,
    detail: { kind: request.kind, role: request.role, userId: request.userId, teamIds: request.teamIds, emailed },
  });
  return { id, link, emailed, expiresAt };
}

type ExistingPerson = { id: string; name: string; email: string; role: NewInvitation["role"]; hasPassword: boolean };

/**
 * A link to set the password of an existing account; earlier unused links of that account stop
 * working. Someone who never had a password (imported) gets a welcome, not a "reset".
 */
export async function issueResetLink(db: DbOrTx, params: { viewer: Viewer; ip: string | null; person: ExistingPerson; now: Date }) {
  await revokeLinksOfUser(db, { userId: params.person.id, now: params.now });
  return issueLink(db, {
    viewer: params.viewer,
    ip: params.ip,
    now: params.now,
    action: "person.password-reset-link",
    request: { kind: params.person.hasPassword ? "reset" : "invite", email: params.person.email, name: params.person.name, role: params.person.role, teamIds: [], userId: params.person.id },
  });
}
