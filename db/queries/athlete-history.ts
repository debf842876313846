/** Everything recorded about one athlete, oldest first, for the history export. */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { assignments, completions, exercises, painReports, programItems, programs } from "../schema";

export async function allPainReports(db: DbOrTx, params: { athleteId: string }) {
  return db
    .select({
      day: painReports.day,
      painNow: painReports.painNow,
      painWorstRun: painReports.painWorstRun,
      areas: painReports.areas,
      timings: painReports.timings,
      qualities: painReports.qualities,
      redFlags: painReports.redFlags,
      ostrcVersion: painReports.ostrcVersion,
      q1: painReports.ostrcQ1,
      q2: painReports.ostrcQ2,
      q3: painReports.ostrcQ3,
      q4: painReports.ostrcQ4,
      note: painReports.note,
    })
    .from(painReports)
    .where(eq(painReports.athleteId, params.athleteId))
    .orderBy(asc(painReports.day), asc(painReports.reportedAt));
}

export async function allCompletions(db: DbOrTx, params: { athleteId: string }) {
  return db
    .select({
      day: completions.day,
      program: programs.name,
      exercise: exercises.name,
      difficulty: completions.difficulty,
      pain: completions.pain,
      note: completions.note,
      late: completions.late,
    })
    .from(completions)
    .innerJoin(assignments, eq(assignments.id, completions.assignmentId))
    .innerJoin(programs, eq(programs.id, assignments.programId))
    .innerJoin(programItems, eq(programItems.id, completions.itemId))
    .innerJoin(exercises, eq(exercises.id, programItems.exerciseId))
    .where(eq(completions.athleteId, params.athleteId))
    .orderBy(asc(completions.day), asc(programs.name), asc(programItems.position));
}
