import { and, asc, eq, ilike, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Dose } from "../../server/domain/dose";
import type { BodyFocus, ExerciseCategory } from "../../server/domain/vocab";
import type { DbOrTx } from "../client";
import { exercises } from "../schema";
import { containsPattern } from "./sql-helpers";

export type ExerciseInput = {
  name: string;
  category: ExerciseCategory;
  bodyFocus: BodyFocus[];
  steps: string[];
  dose: Dose;
  cautions: string | null;
  mediaUrl: string | null;
};

/** The shared global library plus the organisation's own exercises. */
const visibleTo = (orgId: string) => or(isNull(exercises.orgId), eq(exercises.orgId, orgId))!;

export async function listExercises(
  db: DbOrTx,
  params: { orgId: string; search?: string; category?: ExerciseCategory; focus?: BodyFocus; includeArchived?: boolean },
) {
  const where: SQL[] = [visibleTo(params.orgId)];
  if (!params.includeArchived) where.push(isNull(exercises.archivedAt));
  if (params.category) where.push(eq(exercises.category, params.category));
  if (params.focus) where.push(sql`${params.focus} = any(${exercises.bodyFocus})`);
  if (params.search?.trim()) where.push(ilike(exercises.name, containsPattern(params.search.trim())));
  const rows = await db.select().from(exercises).where(and(...where)).orderBy(asc(exercises.category), asc(exercises.name));
  return rows.map(toExercise);
}

export async function exerciseById(db: DbOrTx, params: { orgId: string; id: string }) {
  const [row] = await db.select().from(exercises).where(and(eq(exercises.id, params.id), visibleTo(params.orgId))).limit(1);
  return row ? toExercise(row) : null;
}

export async function createExercise(db: DbOrTx, params: { orgId: string; input: ExerciseInput }) {
  const [row] = await db.insert(exercises).values({ orgId: params.orgId, ...columns(params.input) }).returning();
  return toExercise(row!);
}

/** Only the organisation's own exercises change; the global library is read-only. */
export async function updateExercise(db: DbOrTx, params: { orgId: string; id: string; input: ExerciseInput }) {
  const [row] = await db
    .update(exercises)
    .set({ ...columns(params.input), updatedAt: new Date() })
    .where(and(eq(exercises.id, params.id), eq(exercises.orgId, params.orgId)))
    .returning();
  return row ? toExercise(row) : null;
}

export async function setExerciseArchived(db: DbOrTx, params: { orgId: string; id: string; archived: boolean }) {
  const [row] = await db
    .update(exercises)
    .set({ archivedAt: params.archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(exercises.id, params.id), eq(exercises.orgId, params.orgId)))
    .returning({ id: exercises.id });
  return row ?? null;
}

function columns(input: ExerciseInput) {
  const { dose, ...rest } = input;
  return {
    ...rest,
    doseKind: dose.kind,
    sets: dose.sets,
    reps: dose.reps,
    holdSeconds: dose.holdSeconds,
    minutes: dose.minutes,
    perSide: dose.perSide,
  };
}

type Row = typeof exercises.$inferSelect;

export function toExercise(r: Row) {
  return {
    id: r.id,
    name: r.name,
    category: r.category,
    bodyFocus: r.bodyFocus,
    steps: r.steps,
    dose: { kind: r.doseKind, sets: r.sets, reps: r.reps, holdSeconds: r.holdSeconds, minutes: r.minutes, perSide: r.perSide } satisfies Dose,
    cautions: r.cautions,
    mediaUrl: r.mediaUrl,
    global: r.orgId === null,
    archived: r.archivedAt !== null,
  };
}
