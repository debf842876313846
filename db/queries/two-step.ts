import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { organisations, users } from "../schema";

/** What the two-step rules need about one person, and whether their organisation requires it. */
export async function twoStepStateOf(db: DbOrTx, params: { userId: string }) {
  const [row] = await db
    .select({
      id: users.id,
      orgId: users.orgId,
      email: users.email,
      role: users.role,
      passwordHash: users.passwordHash,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
      totpLastStep: users.totpLastStep,
      orgRequires: organisations.requireStaffTotp,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(users.id, params.userId))
    .limit(1);
  return row ?? null;
}

/** Keeps a new secret waiting for its first code; refused (false) once two-step sign-in is on. */
export async function savePendingSecret(db: DbOrTx, params: { userId: string; sealed: string }): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpSecret: params.sealed, totpEnabledAt: null, totpLastStep: null, updatedAt: new Date() })
    .where(and(eq(users.id, params.userId), isNull(users.totpEnabledAt)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Turns the waiting secret on; false when it changed or was confirmed meanwhile. */
export async function confirmPendingSecret(db: DbOrTx, params: { userId: string; sealed: string; step: number; now: Date }): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpEnabledAt: params.now, totpLastStep: params.step, updatedAt: params.now })
    .where(and(eq(users.id, params.userId), isNull(users.totpEnabledAt), eq(users.totpSecret, params.sealed)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/**
 * Records that the code of `step` was used. Atomic: of two requests carrying the same code, only
 * one finds the stored step still older, so a code is never accepted twice.
 */
export async function acceptStep(db: DbOrTx, params: { userId: string; step: number }): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: params.step })
    .where(and(eq(users.id, params.userId), isNotNull(users.totpEnabledAt), or(isNull(users.totpLastStep), lt(users.totpLastStep, params.step))))
    .returning({ id: users.id });
  return rows.length > 0;
}

/**
 * Turns two-step sign-in off (and drops a waiting secret). `endSessions` signs the person out
 * everywhere (an admin's reset). Returns whether there was anything to turn off.
 */
export async function clearTwoStep(db: DbOrTx, params: { userId: string; endSessions: boolean }): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      updatedAt: new Date(),
      ...(params.endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
    })
    .where(and(eq(users.id, params.userId), isNotNull(users.totpSecret)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function setStaffTwoStepRequired(db: DbOrTx, params: { orgId: string; required: boolean }) {
  await db.update(organisations).set({ requireStaffTotp: params.required }).where(eq(organisations.id, params.orgId));
}
