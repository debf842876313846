import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { emailOutbox } from "../schema";

export type OutboxRow = typeof emailOutbox.$inferSelect;

/**
 * Reserves up to `limit` due messages for this sender by pushing their next attempt past a
 * lease. SKIP LOCKED lets several app instances claim at once without waiting on, or taking,
 * each other's rows; a sender that dies mid-send leaves its rows to be retried after the lease.
 */
export async function claimDueEmails(db: DbOrTx, params: { now: Date; limit: number; leaseMs: number }): Promise<OutboxRow[]> {
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, params.now)))
    .orderBy(emailOutbox.nextAttemptAt, emailOutbox.createdAt)
    .limit(params.limit)
    .for("update", { skipLocked: true });
  return db
    .update(emailOutbox)
    .set({ nextAttemptAt: new Date(params.now.getTime() + params.leaseMs) })
    .where(and(inArray(emailOutbox.id, due), eq(emailOutbox.status, "pending")))
    .returning();
}

export async function markEmailSent(db: DbOrTx, params: { id: string; now: Date }) {
  await db
    .update(emailOutbox)
    .set({ status: "sent", sentAt: params.now, attempts: sql`${emailOutbox.attempts} + 1`, lastError: null })
    .where(and(eq(emailOutbox.id, params.id), eq(emailOutbox.status, "pending")));
}

export async function recordEmailFailure(
  db: DbOrTx,
  params: { id: string; status: "pending" | "failed"; attempts: number; nextAttemptAt: Date; lastError: string },
) {
  await db
    .update(emailOutbox)
    .set({ status: params.status, attempts: params.attempts, nextAttemptAt: params.nextAttemptAt, lastError: params.lastError })
    .where(and(eq(emailOutbox.id, params.id), eq(emailOutbox.status, "pending")));
}

/** Gives claimed but untried messages back, to be tried no earlier than `until`; not an attempt. */
export async function postponeEmails(db: DbOrTx, params: { ids: string[]; until: Date }) {
  if (params.ids.length === 0) return;
  await db
    .update(emailOutbox)
    .set({ nextAttemptAt: params.until })
    .where(and(inArray(emailOutbox.id, params.ids), eq(emailOutbox.status, "pending")));
}
