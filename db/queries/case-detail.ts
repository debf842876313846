import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { caseEvents, cases, clinicalNotes, returnToRun, users } from "../schema";

export async function caseEventsOf(db: DbOrTx, params: { caseId: string }) {
  const actor = sql<string | null>`(select a.name from ${users} a where a.id = ${caseEvents.actorId})`;
  return db
    .select({ id: caseEvents.id, kind: caseEvents.kind, at: caseEvents.at, data: caseEvents.data, actorName: actor })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, params.caseId))
    .orderBy(asc(caseEvents.at), asc(caseEvents.seq));
}

export async function notesOfCase(db: DbOrTx, params: { caseId: string }) {
  const author = sql<string | null>`(select a.name from ${users} a where a.id = ${clinicalNotes.authorId})`;
  return db
    .select({ id: clinicalNotes.id, body: clinicalNotes.body, forAthlete: clinicalNotes.forAthlete, createdAt: clinicalNotes.createdAt, authorName: author })
    .from(clinicalNotes)
    .where(eq(clinicalNotes.caseId, params.caseId))
    .orderBy(desc(clinicalNotes.createdAt));
}

export async function earlierCases(db: DbOrTx, params: { athleteId: string; exceptId: string }) {
  return db
    .select({ id: cases.id, tier: cases.tier, status: cases.status, openedAt: cases.openedAt, resolvedAt: cases.resolvedAt, outcome: cases.outcome, reasons: cases.reasons })
    .from(cases)
    .where(and(eq(cases.athleteId, params.athleteId), ne(cases.id, params.exceptId)))
    .orderBy(desc(cases.openedAt));
}

export async function currentReturnToRun(db: DbOrTx, params: { athleteId: string }) {
  const setter = sql<string | null>`(select a.name from ${users} a where a.id = ${returnToRun.setBy})`;
  const [row] = await db
    .select({ status: returnToRun.status, reviewDay: returnToRun.reviewDay, setAt: returnToRun.setAt, setByName: setter })
    .from(returnToRun)
    .where(eq(returnToRun.athleteId, params.athleteId))
    .orderBy(desc(returnToRun.setAt))
    .limit(1);
  return row ?? null;
}

/** Messages a physio marked as meant for the athlete. */
export async function messagesForAthlete(db: DbOrTx, params: { athleteId: string; limit: number }) {
  const author = sql<string | null>`(select a.name from ${users} a where a.id = ${clinicalNotes.authorId})`;
  return db
    .select({ id: clinicalNotes.id, body: clinicalNotes.body, createdAt: clinicalNotes.createdAt, authorName: author })
    .from(clinicalNotes)
    .where(and(eq(clinicalNotes.athleteId, params.athleteId), eq(clinicalNotes.forAthlete, true)))
    .orderBy(desc(clinicalNotes.createdAt))
    .limit(params.limit);
}

export async function openCaseOf(db: DbOrTx, params: { athleteId: string }) {
  const [row] = await db
    .select({ id: cases.id, tier: cases.tier, status: cases.status, openedAt: cases.openedAt })
    .from(cases)
    .where(and(eq(cases.athleteId, params.athleteId), ne(cases.status, "resolved")))
    .limit(1);
  return row ?? null;
}
