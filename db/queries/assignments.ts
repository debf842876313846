import { and, asc, desc, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { AssignmentStatus } from "../../server/domain/vocab";
import type { DbOrTx, Tx } from "../client";
import { assignmentPauses, assignments, programs, programVersions, users } from "../schema";

export type Overlap = { athleteName: string; programName: string; version: number; startDay: string; endDay: string | null };

/** Assignments of the same program for these athletes whose dates overlap [startDay, endDay]. */
export async function overlappingAssignments(tx: Tx, params: { programId: string; athleteIds: string[]; startDay: string; endDay: string | null }) {
  // Serialises concurrent assignment of one program to one athlete: the check and the insert are one step.
  for (const athleteId of [...params.athleteIds].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`assign:${athleteId}:${params.programId}`}))`);
  }
  return tx
    .select({ athleteName: users.name, programName: programs.name, version: programVersions.version, startDay: assignments.startDay, endDay: assignments.endDay })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.athleteId))
    .innerJoin(programs, eq(programs.id, assignments.programId))
    .innerJoin(programVersions, eq(programVersions.id, assignments.versionId))
    .where(
      and(
        eq(assignments.programId, params.programId),
        inArray(assignments.athleteId, params.athleteIds),
        ne(assignments.status, "ended"),
        params.endDay ? sql`${assignments.startDay} <= ${params.endDay}` : undefined,
        sql`(${assignments.endDay} is null or ${assignments.endDay} >= ${params.startDay})`,
      ),
    ) as Promise<Overlap[]>;
}

export async function insertAssignments(
  tx: Tx,
  params: { orgId: string; programId: string; versionId: string; athleteIds: string[]; startDay: string; endDay: string | null; assignedBy: string },
) {
  if (params.athleteIds.length === 0) return [];
  return tx
    .insert(assignments)
    .values(params.athleteIds.map((athleteId) => ({ orgId: params.orgId, athleteId, programId: params.programId, versionId: params.versionId, startDay: params.startDay, endDay: params.endDay, assignedBy: params.assignedBy })))
    .returning({ id: assignments.id, athleteId: assignments.athleteId });
}

export async function assignmentsOfAthlete(db: DbOrTx, params: { athleteId: string }) {
  const latest = sql<number>`(select max(v.version) from ${programVersions} v where v.program_id = ${assignments.programId})`;
  return db
    .select({
      id: assignments.id,
      programId: assignments.programId,
      programName: programs.name,
      versionId: assignments.versionId,
      version: programVersions.version,
      latestVersion: latest,
      startDay: assignments.startDay,
      endDay: assignments.endDay,
      status: assignments.status,
    })
    .from(assignments)
    .innerJoin(programs, eq(programs.id, assignments.programId))
    .innerJoin(programVersions, eq(programVersions.id, assignments.versionId))
    .where(eq(assignments.athleteId, params.athleteId))
    .orderBy(asc(assignments.status), desc(assignments.startDay));
}

/** An assignment the caller's organisation owns, with its athlete, or null. */
export async function assignmentInOrg(db: DbOrTx, params: { orgId: string; id: string }) {
  const [row] = await db.select().from(assignments).where(and(eq(assignments.id, params.id), eq(assignments.orgId, params.orgId))).limit(1);
  return row ?? null;
}

/** Pause opens a pause range, resume closes it, end closes everything as of `day`. */
export async function changeAssignmentStatus(tx: Tx, params: { id: string; status: AssignmentStatus; day: string }) {
  const [current] = await tx.select().from(assignments).where(eq(assignments.id, params.id)).for("update");
  if (!current || current.status === params.status || current.status === "ended") return current ?? null;
  if (params.status === "paused") {
    await tx.insert(assignmentPauses).values({ assignmentId: params.id, fromDay: params.day });
  } else {
    await tx
      .update(assignmentPauses)
      .set({ toDay: sql`greatest(${assignmentPauses.fromDay}, (${params.day}::date - 1))` })
      .where(and(eq(assignmentPauses.assignmentId, params.id), isNull(assignmentPauses.toDay)));
  }
  const endDay = params.status === "ended" ? sql`greatest(${assignments.startDay}, least(coalesce(${assignments.endDay}, ${params.day}::date), ${params.day}::date))` : undefined;
  const [updated] = await tx
    .update(assignments)
    .set({ status: params.status, updatedAt: new Date(), ...(endDay ? { endDay } : {}) })
    .where(eq(assignments.id, params.id))
    .returning();
  return updated ?? null;
}

export async function latestVersionOf(db: DbOrTx, params: { programId: string }) {
  const [row] = await db
    .select({ id: programVersions.id, version: programVersions.version })
    .from(programVersions)
    .where(eq(programVersions.programId, params.programId))
    .orderBy(desc(programVersions.version))
    .limit(1);
  return row ?? null;
}

export async function setAssignmentVersion(tx: Tx, params: { id: string; versionId: string }) {
  await tx.update(assignments).set({ versionId: params.versionId, updatedAt: new Date() }).where(eq(assignments.id, params.id));
}

export async function pausesOf(db: DbOrTx, params: { assignmentId: string }) {
  return db.select().from(assignmentPauses).where(eq(assignmentPauses.assignmentId, params.assignmentId));
}

/** Who follows a program, restricted by the caller's athlete condition. */
export async function assignmentsOfProgram(db: DbOrTx, params: { programId: string; athletes: SQL }) {
  return db
    .select({
      id: assignments.id,
      athleteId: assignments.athleteId,
      athleteName: users.name,
      version: programVersions.version,
      startDay: assignments.startDay,
      endDay: assignments.endDay,
      status: assignments.status,
    })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.athleteId))
    .innerJoin(programVersions, eq(programVersions.id, assignments.versionId))
    .where(and(eq(assignments.programId, params.programId), params.athletes))
    .orderBy(asc(assignments.status), asc(users.name));
}
