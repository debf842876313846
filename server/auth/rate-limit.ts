import { createHash } from "node:crypto";
import { and, count, eq, gt, inArray, lt, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { signInAttempts } from "../../db/schema";

/** At most this many sign-in attempts per account and per address in the window. */
export const SIGN_IN_LIMIT = { attempts: 10, windowMs: 15 * 60 * 1000 } as const;

/** Keys are hashed so the table never holds an email address someone merely typed. */
export function attemptKeys(email: string, address: string | null): string[] {
  const hash = (v: string) => createHash("sha256").update(v).digest("hex");
  const keys = [`account:${hash(email.trim().toLowerCase())}`];
  if (address) keys.push(`address:${hash(address)}`);
  return keys;
}

export type AttemptTicket = { allowed: boolean; ids: string[] };

/**
 * Records the attempt first and counts after, outside any transaction: of N simultaneous
 * attempts the k-th to commit sees at least k rows, so no more than the limit get through.
 */
export async function recordAttempt(db: DbOrTx, keys: string[], now: Date): Promise<AttemptTicket> {
  const since = new Date(now.getTime() - SIGN_IN_LIMIT.windowMs);
  const rows = await db.insert(signInAttempts).values(keys.map((key) => ({ key, at: now }))).returning({ id: signInAttempts.id });
  await db.delete(signInAttempts).where(and(inArray(signInAttempts.key, keys), lt(signInAttempts.at, since)));
  const counts = await db
    .select({ key: signInAttempts.key, n: count() })
    .from(signInAttempts)
    .where(and(inArray(signInAttempts.key, keys), gt(signInAttempts.at, since)))
    .groupBy(signInAttempts.key);
  return { allowed: counts.every((c) => c.n <= SIGN_IN_LIMIT.attempts), ids: rows.map((r) => r.id) };
}

/** A successful sign-in does not count against the limit. */
export async function forgetAttempt(db: DbOrTx, ticket: AttemptTicket) {
  if (ticket.ids.length === 0) return;
  await db.delete(signInAttempts).where(or(...ticket.ids.map((id) => eq(signInAttempts.id, id))));
}
