import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { teamMembers, teams, users } from "../schema";

/** Every team of the organisation (outer columns table-qualified: see teamsOfUser in people.ts) with its active coaches and how many active athletes it has. */
export async function teamsOfOrg(db: DbOrTx, params: { orgId: string }) {
  const coaches = sql<string[]>`coalesce((
    select array_agg(u.name order by u.name) from ${teamMembers} m join ${users} u on u.id = m.user_id
     where m.team_id = ${teams}.id and u.role = 'coach' and u.active), '{}')`;
  const athleteCount = sql<number>`(
    select count(*)::int from ${teamMembers} m join ${users} u on u.id = m.user_id
     where m.team_id = ${teams}.id and u.role = 'athlete' and u.active)`;
  return db
    .select({ id: teams.id, name: teams.name, archivedAt: teams.archivedAt, createdAt: teams.createdAt, coaches, athleteCount })
    .from(teams)
    .where(eq(teams.orgId, params.orgId))
    .orderBy(asc(teams.name));
}

export async function teamInOrg(db: DbOrTx, params: { orgId: string; id: string }) {
  const [row] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.id, params.id), eq(teams.orgId, params.orgId)))
    .limit(1);
  return row ?? null;
}

/** The ids among `ids` that are current (not archived) teams of the organisation. */
export async function currentTeamIds(db: DbOrTx, params: { orgId: string; ids: string[] }): Promise<Set<string>> {
  if (params.ids.length === 0) return new Set();
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, params.orgId), isNull(teams.archivedAt), inArray(teams.id, params.ids)));
  return new Set(rows.map((r) => r.id));
}

export async function insertTeam(db: DbOrTx, params: { orgId: string; name: string }) {
  const [row] = await db.insert(teams).values(params).returning({ id: teams.id });
  return row!.id;
}

export async function renameTeam(db: DbOrTx, params: { id: string; name: string }) {
  await db.update(teams).set({ name: params.name }).where(eq(teams.id, params.id));
}

export async function setTeamArchived(db: DbOrTx, params: { id: string; archivedAt: Date | null }) {
  await db.update(teams).set({ archivedAt: params.archivedAt }).where(eq(teams.id, params.id));
}

export async function addTeamMembers(db: DbOrTx, params: { userId: string; teamIds: string[] }) {
  if (params.teamIds.length === 0) return;
  await db
    .insert(teamMembers)
    .values(params.teamIds.map((teamId) => ({ teamId, userId: params.userId })))
    .onConflictDoNothing();
}
