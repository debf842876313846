import { and, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { assignmentPauses, assignments, athleteProfiles, completions, programs, programVersions } from "../schema";
import { versionItems } from "./programs";

/** Everything needed to lay out an athlete's exercises for the days [from, to]. */
export async function athletePlan(db: DbOrTx, params: { athleteId: string; from: string; to: string }) {
  const rows = await db
    .select({
      id: assignments.id,
      programName: programs.name,
      versionId: assignments.versionId,
      version: programVersions.version,
      formCues: programVersions.formCues,
      lifestyleNotes: programVersions.lifestyleNotes,
      startDay: assignments.startDay,
      endDay: assignments.endDay,
      status: assignments.status,
    })
    .from(assignments)
    .innerJoin(programs, eq(programs.id, assignments.programId))
    .innerJoin(programVersions, eq(programVersions.id, assignments.versionId))
    .where(
      and(
        eq(assignments.athleteId, params.athleteId),
        lte(assignments.startDay, params.to),
        sql`(${assignments.endDay} is null or ${assignments.endDay} >= ${params.from})`,
        ne(assignments.status, "ended"),
      ),
    )
    .orderBy(programs.name);
  const ids = rows.map((r) => r.id);
  const [items, pauses, done, profile] = await Promise.all([
    versionItems(db, { versionIds: [...new Set(rows.map((r) => r.versionId))] }),
    ids.length ? db.select().from(assignmentPauses).where(inArray(assignmentPauses.assignmentId, ids)) : [],
    db
      .select({ assignmentId: completions.assignmentId, itemId: completions.itemId, day: completions.day, late: completions.late, difficulty: completions.difficulty, pain: completions.pain, note: completions.note })
      .from(completions)
      .where(and(eq(completions.athleteId, params.athleteId), gte(completions.day, params.from), lte(completions.day, params.to))),
    db.select({ runDays: athleteProfiles.runDays }).from(athleteProfiles).where(eq(athleteProfiles.userId, params.athleteId)).limit(1),
  ]);
  return { assignments: rows, items, pauses, completions: done, runDays: (profile[0]?.runDays ?? []) as number[] };
}

export async function assignmentItemOfAthlete(db: DbOrTx, params: { athleteId: string; assignmentId: string; itemId: string }) {
  const [row] = await db
    .select({ assignment: assignments, itemVersion: sql<string>`(select i.version_id from program_items i where i.id = ${params.itemId})` })
    .from(assignments)
    .where(and(eq(assignments.id, params.assignmentId), eq(assignments.athleteId, params.athleteId)))
    .limit(1);
  if (!row || row.itemVersion !== row.assignment.versionId) return null;
  return row.assignment;
}

export type CompletionState = { difficulty: number | null; pain: number | null; note: string | null };

/** Sets the state, never toggles: repeats and concurrent duplicates leave exactly one row. */
export async function setCompletion(
  db: DbOrTx,
  params: { athleteId: string; assignmentId: string; itemId: string; day: string; done: boolean; late: boolean; details: CompletionState },
) {
  const key = and(eq(completions.assignmentId, params.assignmentId), eq(completions.itemId, params.itemId), eq(completions.day, params.day));
  if (!params.done) {
    await db.delete(completions).where(key);
    return;
  }
  await db
    .insert(completions)
    .values({ athleteId: params.athleteId, assignmentId: params.assignmentId, itemId: params.itemId, day: params.day, late: params.late, ...params.details })
    .onConflictDoUpdate({
      target: [completions.assignmentId, completions.itemId, completions.day],
      set: { ...params.details, recordedAt: new Date() },
    });
}
