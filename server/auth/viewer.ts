import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users } from "../../db/schema";
import { epochSeconds, sessionState } from "../domain/session-policy";
import type { Role } from "../domain/vocab";

/** Who is calling, as the database says now, never as the token alone claims. */
export type Viewer = { id: string; orgId: string; role: Role; name: string; email: string };

export type TokenClaims = { uid?: unknown; sv?: unknown; authAt?: unknown; seenAt?: unknown };

/**
 * The token only says who signed in and when; whether that person may still act (active,
 * same session version, within the idle and absolute limits of their current role) is
 * decided here on every request.
 */
export async function resolveViewer(db: DbOrTx, claims: TokenClaims | null | undefined, now = new Date()): Promise<Viewer | null> {
  if (!claims || typeof claims.uid !== "string" || typeof claims.sv !== "number") return null;
  if (!/^[0-9a-f-]{36}$/i.test(claims.uid)) return null;
  const [row] = await db
    .select({
      id: users.id,
      orgId: users.orgId,
      role: users.role,
      name: users.name,
      email: users.email,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(and(eq(users.id, claims.uid), eq(users.active, true)))
    .limit(1);
  if (!row || row.sessionVersion !== claims.sv) return null;
  if (sessionState(claims, row.role, epochSeconds(now)) !== "active") return null;
  return { id: row.id, orgId: row.orgId, role: row.role, name: row.name, email: row.email };
}

export const ROLE_HOME: Record<Role, string> = {
  coach: "/coach",
  physio: "/triage",
  athlete: "/today",
  admin: "/admin",
};
