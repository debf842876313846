import { and, eq, ne, sql } from "drizzle-orm";
import type { CaseEventKind, CaseOutcome, ReturnToRun } from "../../server/domain/vocab";
import type { DbOrTx, Tx } from "../client";
import { caseEvents, cases, clinicalNotes, returnToRun } from "../schema";

type Actor = { caseId: string; actorId: string; now: Date };

export async function recordCaseEvent(tx: DbOrTx, a: Actor, kind: CaseEventKind, data: Record<string, unknown> = {}) {
  await tx.insert(caseEvents).values({ caseId: a.caseId, kind, actorId: a.actorId, at: a.now, data });
}

export async function caseInOrg(db: DbOrTx, params: { orgId: string; id: string }) {
  const [row] = await db.select().from(cases).where(and(eq(cases.id, params.id), eq(cases.orgId, params.orgId))).limit(1);
  return row ?? null;
}

export async function acknowledgeCase(tx: Tx, a: Actor) {
  const [row] = await tx
    .update(cases)
    .set({ status: "acknowledged", acknowledgedAt: a.now, updatedAt: a.now })
    .where(and(eq(cases.id, a.caseId), eq(cases.status, "open")))
    .returning({ id: cases.id });
  if (row) await recordCaseEvent(tx, a, "acknowledged");
  return row !== undefined;
}

export async function assignCase(tx: Tx, a: Actor & { assigneeId: string | null; assigneeName: string | null }) {
  await tx.update(cases).set({ assigneeId: a.assigneeId, updatedAt: a.now }).where(eq(cases.id, a.caseId));
  await recordCaseEvent(tx, a, "assigned", { assigneeId: a.assigneeId, assigneeName: a.assigneeName });
}

export async function addClinicalNote(tx: Tx, a: Actor & { athleteId: string; body: string; forAthlete: boolean }) {
  const [note] = await tx
    .insert(clinicalNotes)
    .values({ caseId: a.caseId, athleteId: a.athleteId, authorId: a.actorId, body: a.body, forAthlete: a.forAthlete, createdAt: a.now })
    .returning({ id: clinicalNotes.id });
  // The event records that a note exists, never its text: events are shown more widely than notes.
  await recordCaseEvent(tx, a, "note", { noteId: note!.id, forAthlete: a.forAthlete });
  return note!.id;
}

export async function setReturnToRun(tx: Tx, a: Actor & { athleteId: string; status: ReturnToRun; reviewDay: string | null }) {
  await tx.insert(returnToRun).values({ athleteId: a.athleteId, caseId: a.caseId, status: a.status, reviewDay: a.reviewDay, setBy: a.actorId, setAt: a.now });
  await recordCaseEvent(tx, a, "return-to-run", { status: a.status, reviewDay: a.reviewDay });
}

export async function resolveCase(tx: Tx, a: Actor & { outcome: CaseOutcome }) {
  const [row] = await tx
    .update(cases)
    .set({
      status: "resolved",
      outcome: a.outcome,
      resolvedAt: a.now,
      // Resolving counts as acknowledging, without rewriting an earlier acknowledgement.
      acknowledgedAt: sql`coalesce(${cases.acknowledgedAt}, ${a.now.toISOString()}::timestamptz)`,
      updatedAt: a.now,
    })
    .where(and(eq(cases.id, a.caseId), ne(cases.status, "resolved")))
    .returning({ id: cases.id, acknowledgedAt: cases.acknowledgedAt });
  if (row) await recordCaseEvent(tx, a, "resolved", { outcome: a.outcome });
  return row !== undefined;
}

/** Reopening fails when the athlete already has another open case (one open case per athlete). */
export async function reopenCase(tx: Tx, a: Actor & { athleteId: string }) {
  const [other] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.athleteId, a.athleteId), ne(cases.status, "resolved"), ne(cases.id, a.caseId)))
    .limit(1);
  if (other) return { ok: false as const, openCaseId: other.id };
  await tx.update(cases).set({ status: "open", outcome: null, resolvedAt: null, updatedAt: a.now }).where(eq(cases.id, a.caseId));
  await recordCaseEvent(tx, a, "reopened");
  return { ok: true as const };
}
