import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users } from "../../db/schema";
import type { Role } from "../domain/vocab";
import { audit } from "../services/audit";
import { dummyHash, verifyPassword } from "./password";
import { attemptKeys, forgetAttempt, recordAttempt } from "./rate-limit";
import { signInRequestSchema } from "./sign-in-schema";
import { consumeCode } from "./two-step";

export type AuthenticatedUser = { id: string; orgId: string; role: Role; name: string; email: string; sessionVersion: number };

export type SignInResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" | "throttled" | "code-required" | "code-invalid" };

const INVALID = { ok: false, reason: "invalid" } as const;

/**
 * One answer ("invalid") for an unknown email, a wrong password and a deactivated account, in
 * the same time. Attempts are counted per account and per address before the account is looked
 * up, so the limit says nothing about whether an account exists.
 *
 * Two-step sign-in is only mentioned once the password was right: then the answer is
 * "code-required" (no code sent) or "code-invalid" (wrong, expired or used before). A wrong code
 * counts towards the same limit as a wrong password.
 */
export async function attemptSignIn(db: DbOrTx, input: unknown, opts: { ip?: string | null; now?: Date } = {}): Promise<SignInResult> {
  const now = opts.now ?? new Date();
  const ip = opts.ip ?? null;
  const parsed = signInRequestSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  const { email, password, code } = parsed.data;
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
  const who = { orgId: user.orgId, actorId: user.id, entityType: "user", entityId: user.id, ip };
  const twoStep = user.totpEnabledAt !== null;
  if (twoStep) {
    if (!code) {
      // The right password is not a failed attempt; the code that follows is counted.
      await forgetAttempt(db, ticket);
      await audit(db, { ...who, action: "sign-in.totp-required" });
      return { ok: false, reason: "code-required" };
    }
    const used = await consumeCode(db, user, code, now);
    if (!used.ok) {
      await audit(db, { ...who, action: "sign-in.totp-failed", detail: { reason: used.reason } });
      return { ok: false, reason: "code-invalid" };
    }
  }
  await forgetAttempt(db, ticket);
  await audit(db, { ...who, action: "sign-in.succeeded", ...(twoStep ? { detail: { twoStep: true } } : {}) });
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
