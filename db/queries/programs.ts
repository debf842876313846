import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Dose } from "../../server/domain/dose";
import type { ScheduleKind, Weekday } from "../../server/domain/vocab";
import { type DbOrTx, rowsOf, type Tx } from "../client";
import { assignments, exercises, programItems, programs, programVersions } from "../schema";

export type ProgramItemInput = {
  exerciseId: string;
  dose: Dose;
  schedule: { kind: ScheduleKind; timesPerWeek: number | null; weekdays: Weekday[] | null };
};
export type ProgramInput = { name: string; goal: string; formCues: string[]; lifestyleNotes: string[]; items: ProgramItemInput[] };

// In a select without joins drizzle writes `programs.id` as a bare "id", which inside these
// subqueries means (or collides with) the subquery's own id column: qualify it by hand.
const PROGRAM_ID = sql`"programs"."id"`;

export async function listPrograms(db: DbOrTx, params: { orgId: string; includeArchived?: boolean }) {
  const latest = sql<number>`(select max(v.version) from ${programVersions} v where v.program_id = ${PROGRAM_ID})`;
  const itemCount = sql<number>`(select count(*)::int from ${programItems} i join ${programVersions} v on v.id = i.version_id
      where v.program_id = ${PROGRAM_ID} and v.version = (select max(v2.version) from ${programVersions} v2 where v2.program_id = ${PROGRAM_ID}))`;
  const activeAssignments = sql<number>`(select count(*)::int from ${assignments} a where a.program_id = ${PROGRAM_ID} and a.status <> 'ended')`;
  return db
    .select({ id: programs.id, name: programs.name, goal: programs.goal, archived: sql<boolean>`${programs.archivedAt} is not null`, version: latest, itemCount, activeAssignments, updatedAt: programs.updatedAt })
    .from(programs)
    .where(and(eq(programs.orgId, params.orgId), params.includeArchived ? undefined : isNull(programs.archivedAt)))
    .orderBy(asc(programs.name));
}

/** The program with its latest version (or the one asked for) and that version's items. */
export async function programById(db: DbOrTx, params: { orgId: string; id: string; version?: number }) {
  const [program] = await db.select().from(programs).where(and(eq(programs.id, params.id), eq(programs.orgId, params.orgId))).limit(1);
  if (!program) return null;
  const versions = await db
    .select({ id: programVersions.id, version: programVersions.version, createdAt: programVersions.createdAt, formCues: programVersions.formCues, lifestyleNotes: programVersions.lifestyleNotes })
    .from(programVersions)
    .where(eq(programVersions.programId, program.id))
    .orderBy(desc(programVersions.version));
  const current = params.version ? versions.find((v) => v.version === params.version) : versions[0];
  if (!current) return null;
  const items = await versionItems(db, { versionIds: [current.id] });
  return {
    id: program.id,
    name: program.name,
    goal: program.goal,
    archived: program.archivedAt !== null,
    version: current.version,
    versionId: current.id,
    formCues: current.formCues,
    lifestyleNotes: current.lifestyleNotes,
    items,
    versions: versions.map(({ id, version, createdAt }) => ({ id, version, createdAt })),
  };
}

export async function versionItems(db: DbOrTx, params: { versionIds: string[] }) {
  if (params.versionIds.length === 0) return [];
  const rows = await db
    .select({ item: programItems, exercise: { id: exercises.id, name: exercises.name, category: exercises.category, steps: exercises.steps, cautions: exercises.cautions, mediaUrl: exercises.mediaUrl } })
    .from(programItems)
    .innerJoin(exercises, eq(exercises.id, programItems.exerciseId))
    .where(inArray(programItems.versionId, params.versionIds))
    .orderBy(asc(programItems.versionId), asc(programItems.position));
  return rows.map(({ item: i, exercise }) => ({
    id: i.id,
    versionId: i.versionId,
    position: i.position,
    exercise,
    dose: { kind: i.doseKind, sets: i.sets, reps: i.reps, holdSeconds: i.holdSeconds, minutes: i.minutes, perSide: i.perSide } satisfies Dose,
    schedule: { kind: i.scheduleKind, timesPerWeek: i.timesPerWeek, weekdays: (i.weekdays ?? null) as Weekday[] | null },
  }));
}

/** Exercise ids that the organisation may use (global or its own, not archived). */
export async function usableExerciseIds(db: DbOrTx, params: { orgId: string; ids: string[] }) {
  if (params.ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: exercises.id })
    .from(exercises)
    .where(and(inArray(exercises.id, params.ids), or(isNull(exercises.orgId), eq(exercises.orgId, params.orgId)), isNull(exercises.archivedAt)));
  return new Set(rows.map((r) => r.id));
}

export async function createProgram(tx: Tx, params: { orgId: string; userId: string | null; input: ProgramInput }) {
  const [program] = await tx
    .insert(programs)
    .values({ orgId: params.orgId, name: params.input.name, goal: params.input.goal, createdBy: params.userId })
    .returning({ id: programs.id });
  await insertVersion(tx, { programId: program!.id, version: 1, userId: params.userId, input: params.input });
  return program!.id;
}

/** Saving creates the next version; assignments keep pointing at the version they were given. */
export async function saveProgramVersion(tx: Tx, params: { orgId: string; id: string; userId: string | null; input: ProgramInput }) {
  const [program] = await tx
    .update(programs)
    .set({ name: params.input.name, goal: params.input.goal, updatedAt: new Date() })
    .where(and(eq(programs.id, params.id), eq(programs.orgId, params.orgId)))
    .returning({ id: programs.id });
  if (!program) return null;
  // The UPDATE above holds the program row's lock, so concurrent saves take turns for the next number.
  const [{ next } = { next: 1 }] = await tx.execute<{ next: number }>(
    sql`select coalesce(max(version), 0) + 1 as next from ${programVersions} where program_id = ${program.id}`,
  ).then((r) => rowsOf<{ next: number }>(r));
  return insertVersion(tx, { programId: program.id, version: Number(next), userId: params.userId, input: params.input });
}

async function insertVersion(tx: Tx, params: { programId: string; version: number; userId: string | null; input: ProgramInput }) {
  const [version] = await tx
    .insert(programVersions)
    .values({ programId: params.programId, version: params.version, formCues: params.input.formCues, lifestyleNotes: params.input.lifestyleNotes, createdBy: params.userId })
    .returning({ id: programVersions.id, version: programVersions.version });
  if (params.input.items.length > 0) {
    await tx.insert(programItems).values(
      params.input.items.map((item, position) => ({
        versionId: version!.id,
        position,
        exerciseId: item.exerciseId,
        doseKind: item.dose.kind,
        sets: item.dose.sets,
        reps: item.dose.reps,
        holdSeconds: item.dose.holdSeconds,
        minutes: item.dose.minutes,
        perSide: item.dose.perSide,
        scheduleKind: item.schedule.kind,
        timesPerWeek: item.schedule.kind === "times-per-week" ? item.schedule.timesPerWeek : null,
        weekdays: item.schedule.kind === "weekdays" ? item.schedule.weekdays : null,
      })),
    );
  }
  return version!;
}

export async function setProgramArchived(db: DbOrTx, params: { orgId: string; id: string; archived: boolean }) {
  const [row] = await db
    .update(programs)
    .set({ archivedAt: params.archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(programs.id, params.id), eq(programs.orgId, params.orgId)))
    .returning({ id: programs.id });
  return row ?? null;
}
