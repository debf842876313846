import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { athleteProfiles, organisations, teamMembers, teams, users } from "../schema";

export async function peopleOfOrg(db: DbOrTx, params: { orgId: string }) {
  const teamNames = sql<string[]>`coalesce((
    select array_agg(t.name order by t.name) from ${teamMembers} m join ${teams} t on t.id = m.team_id
     where m.user_id = ${users.id} and t.archived_at is null), '{}')`;
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active, teams: teamNames })
    .from(users)
    .where(eq(users.orgId, params.orgId))
    .orderBy(asc(users.role), asc(users.name));
}

export async function organisationById(db: DbOrTx, params: { orgId: string }) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, params.orgId)).limit(1);
  return org ?? null;
}

/** The calendar a person lives by: their own time zone, else the organisation's. */
export async function calendarOf(db: DbOrTx, params: { userId: string }) {
  const [row] = await db
    .select({ userTz: users.timeZone, orgTz: organisations.timeZone, weekStartsOn: organisations.weekStartsOn })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(users.id, params.userId))
    .limit(1);
  return { timeZone: row?.userTz ?? row?.orgTz ?? "UTC", weekStartsOn: (row?.weekStartsOn === 7 ? 7 : 1) as 1 | 7 };
}

export async function athleteProfileOf(db: DbOrTx, params: { athleteId: string }) {
  const [row] = await db.select().from(athleteProfiles).where(eq(athleteProfiles.userId, params.athleteId)).limit(1);
  return row ?? null;
}
