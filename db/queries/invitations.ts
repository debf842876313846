import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Role } from "../../server/domain/vocab";
import type { DbOrTx } from "../client";
import { invitations, organisations, teams } from "../schema";

export type NewInvitation = {
  orgId: string;
  kind: "invite" | "reset";
  email: string;
  name: string;
  role: Role;
  teamIds: string[];
  userId: string | null;
  tokenHash: string;
  expiresAt: Date;
  createdBy: string | null;
};

export async function insertInvitation(db: DbOrTx, values: NewInvitation): Promise<string> {
  const [row] = await db.insert(invitations).values(values).returning({ id: invitations.id });
  return row!.id;
}

/** The link behind a token, locked when accepting so it can be used once only. */
export async function invitationByTokenHash(db: DbOrTx, params: { tokenHash: string; lock?: boolean }) {
  const query = db
    .select({ invitation: invitations, orgName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, params.tokenHash))
    .limit(1);
  const [row] = await (params.lock ? query.for("update", { of: invitations }) : query);
  return row ?? null;
}

export async function invitationInOrg(db: DbOrTx, params: { orgId: string; id: string }) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, params.id), eq(invitations.orgId, params.orgId)))
    .limit(1);
  return row ?? null;
}

/** Links not used and not withdrawn, expired ones included so the admin can send a new one. */
export async function unusedInvitationsOfOrg(db: DbOrTx, params: { orgId: string }) {
  const teamNames = sql<string[]>`coalesce((
    select array_agg(t.name order by t.name) from ${teams} t where t.id = any(${invitations}.team_ids)), '{}')`;
  return db
    .select({
      id: invitations.id,
      kind: invitations.kind,
      name: invitations.name,
      email: invitations.email,
      role: invitations.role,
      userId: invitations.userId,
      teams: teamNames,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(and(eq(invitations.orgId, params.orgId), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt))
    .limit(200);
}

export async function openInvitationForEmail(db: DbOrTx, params: { orgId: string; email: string; now: Date }) {
  const [row] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, params.orgId),
        sql`lower(${invitations.email}) = ${params.email.toLowerCase()}`,
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, params.now),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Lower-cased emails with an open invitation (not for an existing account) in the organisation. */
export async function openInvitationEmails(db: DbOrTx, params: { orgId: string; now: Date }) {
  const rows = await db
    .select({ email: sql<string>`lower(${invitations.email})` })
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, params.orgId),
        isNull(invitations.userId),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, params.now),
      ),
    );
  return new Set(rows.map((r) => r.email));
}

export async function revokeInvitation(db: DbOrTx, params: { id: string; now: Date }) {
  await db
    .update(invitations)
    .set({ revokedAt: params.now })
    .where(and(eq(invitations.id, params.id), isNull(invitations.usedAt), isNull(invitations.revokedAt)));
}

/** Withdraws every unused link of an account (on deactivation, or when a new reset link replaces it). */
export async function revokeLinksOfUser(db: DbOrTx, params: { userId: string; now: Date }) {
  await db
    .update(invitations)
    .set({ revokedAt: params.now })
    .where(and(eq(invitations.userId, params.userId), isNull(invitations.usedAt), isNull(invitations.revokedAt)));
}

/** True when this call used the link; false when another request used it first. */
export async function markInvitationUsed(db: DbOrTx, params: { id: string; now: Date }): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ usedAt: params.now })
    .where(and(eq(invitations.id, params.id), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return rows.length === 1;
}
