import { and, gte, inArray, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { assignmentPauses, assignments, athleteProfiles, completions } from "../schema";
import { versionItems } from "./programs";

/**
 * The schedule inputs of many athletes for [from, to] in four queries (not one per athlete):
 * assignments, their versions' items, pauses and completions.
 */
export async function adherenceInputs(db: DbOrTx, params: { athleteIds: string[]; from: string; to: string }) {
  if (params.athleteIds.length === 0) return new Map<string, AthleteAdherenceInput>();
  const rows = await db
    .select({ id: assignments.id, athleteId: assignments.athleteId, versionId: assignments.versionId, startDay: assignments.startDay, endDay: assignments.endDay })
    .from(assignments)
    .where(
      and(
        inArray(assignments.athleteId, params.athleteIds),
        lte(assignments.startDay, params.to),
        sql`(${assignments.endDay} is null or ${assignments.endDay} >= ${params.from})`,
      ),
    );
  const ids = rows.map((r) => r.id);
  const [items, pauses, done, profiles] = await Promise.all([
    versionItems(db, { versionIds: [...new Set(rows.map((r) => r.versionId))] }),
    ids.length ? db.select().from(assignmentPauses).where(inArray(assignmentPauses.assignmentId, ids)) : Promise.resolve([]),
    ids.length
      ? db
          .select({ athleteId: completions.athleteId, assignmentId: completions.assignmentId, itemId: completions.itemId, day: completions.day })
          .from(completions)
          .where(and(inArray(completions.athleteId, params.athleteIds), gte(completions.day, params.from), lte(completions.day, params.to)))
      : Promise.resolve([]),
    db.select({ userId: athleteProfiles.userId, runDays: athleteProfiles.runDays }).from(athleteProfiles).where(inArray(athleteProfiles.userId, params.athleteIds)),
  ]);
  const result = new Map<string, AthleteAdherenceInput>();
  for (const athleteId of params.athleteIds) result.set(athleteId, { assignments: [], completions: [], runDays: [] });
  for (const p of profiles) result.get(p.userId)!.runDays = p.runDays;
  for (const a of rows) {
    result.get(a.athleteId)!.assignments.push({
      ...a,
      items: items.filter((i) => i.versionId === a.versionId),
      pauses: pauses.filter((p) => p.assignmentId === a.id),
    });
  }
  for (const c of done) result.get(c.athleteId)?.completions.push(c);
  return result;
}

export type AthleteAdherenceInput = {
  assignments: {
    id: string;
    startDay: string;
    endDay: string | null;
    items: Awaited<ReturnType<typeof versionItems>>;
    pauses: { fromDay: string; toDay: string | null }[];
  }[];
  completions: { assignmentId: string; itemId: string; day: string }[];
  runDays: number[];
};
