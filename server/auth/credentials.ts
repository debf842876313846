import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users } from "../../db/schema";
import type { Role } from "../domain/vocab";
import { audit } from "../services/audit";
import { dummyHash, verifyPassword } from "./password";
import { attemptKeys, forgetAttempt, recordAttempt } from "./rate-limit";
import { signInSchema } from "./sign-in-schema";

export type AuthenticatedUser = { id: string; orgId: string; role: Role; name: string; email: string; sessionVersion: number };

export type SignInResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "throttled" };

const INVALID = { ok: false, reason: "invalid" } as const;

/**
 * One answer ("invalid") for an unknown email, a wrong password and a deactivated account, in
 * the same time. Attempts are counted per account and per address before the account is looked
 * up, so the limit says nothing about whether an account exists.
 */
export async function attemptSignIn(db: DbOrTx, input: unknown, opts: { ip?: string | null; now?: Date } = {}): Promise<SignInResult> {
  const now = opts.now ?? new Date();
  const ip = opts.ip ?? null;
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  const { email, password } = parsed.data;
  const ticket = await recordAttempt(db, attemptKeys(email, ip), now);
  if (!ticket.allowed) {
    await audit(db, { orgId: null, actorId: null, action: "sign-in.throttled", ip });
    return { ok: false, reason: "throttled" };
  }
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  if (!user?.passwordHash) {
    await verifyPassword(await dummyHash(), password);
    await audit(db, { orgId: null, actorId: null, action: "sign-in.failed", ip, detail: { reason: "unknown-account" } });
    return INVALID;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok || !user.active) {
    const reason = ok ? "deactivated" : "wrong-password";
    await audit(db, { orgId: user.orgId, actorId: user.id, action: "sign-in.failed", entityType: "user", entityId: user.id, ip, detail: { reason } });
    return INVALID;
  }
  await forgetAttempt(db, ticket);
  await audit(db, { orgId: user.orgId, actorId: user.id, action: "sign-in.succeeded", entityType: "user", entityId: user.id, ip });
  return {
    ok: true,
    user: { id: user.id, orgId: user.orgId, role: user.role, name: user.name, email: user.email, sessionVersion: user.sessionVersion },
  };
}

/** The signed-in person, or null for every kind of refusal (attempts are counted all the same). */
export async function authenticate(db: DbOrTx, input: unknown, opts: { ip?: string | null; now?: Date } = {}): Promise<AuthenticatedUser | null> {
  const result = await attemptSignIn(db, input, opts);
  return result.ok ? result.user : null;
}
