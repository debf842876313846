import { and, asc, eq, ilike, inArray, ne, notInArray, or, type SQL, sql } from "drizzle-orm";
import { ownTimeZone, weekStartsOnOf } from "../../server/domain/calendar";
import type { Role } from "../../server/domain/vocab";
import type { DbOrTx } from "../client";
import { athleteProfiles, organisations, teamMembers, teams, users } from "../schema";
import { containsPattern } from "./sql-helpers";

export type PeopleFilter = { q?: string; role?: Role; teamId?: string; status: "active" | "deactivated" | "all" };

/**
 * Current (not archived) teams of each person, as `{ id, name }` pairs. Columns of the outer
 * table are written table-qualified: drizzle renders `users.id` as a bare "id" in a one-table
 * select, which inside the subquery would mean the team's id.
 */
const teamsOfUser = sql<{ id: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('id', t.id, 'name', t.name) order by t.name)
    from ${teamMembers} m join ${teams} t on t.id = m.team_id
   where m.user_id = ${users}.id and t.archived_at is null), '[]'::json)`;

export async function peopleOfOrg(db: DbOrTx, params: { orgId: string; filter?: PeopleFilter }) {
  const f = params.filter ?? { status: "all" };
  const where: (SQL | undefined)[] = [eq(users.orgId, params.orgId)];
  if (f.q) {
    const pattern = containsPattern(f.q);
    where.push(or(ilike(users.name, pattern), ilike(users.email, pattern)));
  }
  if (f.role) where.push(eq(users.role, f.role));
  if (f.teamId) where.push(inArray(users.id, sql`(select user_id from ${teamMembers} where team_id = ${f.teamId})`));
  if (f.status !== "all") where.push(eq(users.active, f.status === "active"));
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      twoStep: sql<boolean>`${users.totpEnabledAt} is not null`,
      lastSeenAt: users.lastSeenAt,
      teams: teamsOfUser,
    })
    .from(users)
    .where(and(...where))
    .orderBy(asc(users.name), asc(users.email));
}

export type Person = { id: string; orgId: string; name: string; email: string; role: Role; active: boolean; hasPassword: boolean };

export async function personInOrg(db: DbOrTx, params: { orgId: string; userId: string }): Promise<Person | null> {
  const [row] = await db
    .select({
      id: users.id,
      orgId: users.orgId,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(and(eq(users.id, params.userId), eq(users.orgId, params.orgId)))
    .limit(1);
  return row ?? null;
}

/** Serialises changes to an organisation's admins, so two admins cannot demote each other at once. */
export async function lockOrganisation(db: DbOrTx, params: { orgId: string }) {
  await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, params.orgId)).for("update");
}

export async function otherActiveAdmins(db: DbOrTx, params: { orgId: string; exceptUserId: string }) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.orgId, params.orgId), eq(users.role, "admin"), eq(users.active, true), ne(users.id, params.exceptUserId)));
  return row?.n ?? 0;
}

/** A new session version signs the person out everywhere on their next request. */
export async function updatePerson(db: DbOrTx, params: { userId: string; set: { role?: Role; active?: boolean } }) {
  await db
    .update(users)
    .set({ ...params.set, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, params.userId));
}

export async function ensureAthleteProfile(db: DbOrTx, params: { userId: string; birthDate?: string | null }) {
  await db
    .insert(athleteProfiles)
    .values({ userId: params.userId, birthDate: params.birthDate ?? null })
    .onConflictDoNothing();
}

/** Replaces the person's current team memberships; memberships of archived teams stay as history. */
export async function replaceCurrentTeams(db: DbOrTx, params: { orgId: string; userId: string; teamIds: string[] }) {
  const current = sql`(select id from ${teams} where org_id = ${params.orgId} and archived_at is null)`;
  await db
    .delete(teamMembers)
    .where(
      and(
        eq(teamMembers.userId, params.userId),
        inArray(teamMembers.teamId, current),
        params.teamIds.length > 0 ? notInArray(teamMembers.teamId, params.teamIds) : undefined,
      ),
    );
  if (params.teamIds.length > 0) {
    await db
      .insert(teamMembers)
      .values(params.teamIds.map((teamId) => ({ teamId, userId: params.userId })))
      .onConflictDoNothing();
  }
}

export async function removeAllCurrentTeams(db: DbOrTx, params: { orgId: string; userId: string }) {
  await replaceCurrentTeams(db, { ...params, teamIds: [] });
}

/** Any account with this email, in any organisation (emails are unique across the product). */
export async function accountByEmail(db: DbOrTx, params: { email: string }) {
  const [row] = await db
    .select({ id: users.id, orgId: users.orgId })
    .from(users)
    .where(sql`lower(${users.email}) = ${params.email.toLowerCase()}`)
    .limit(1);
  return row ?? null;
}

/** Lower-cased emails among `emails` that have an account, and whether it is in `orgId`. */
export async function accountsByEmails(db: DbOrTx, params: { orgId: string; emails: string[] }) {
  const found = new Map<string, "this-org" | "other-org">();
  if (params.emails.length === 0) return found;
  const rows = await db
    .select({ email: sql<string>`lower(${users.email})`, orgId: users.orgId })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, params.emails));
  for (const r of rows) found.set(r.email, r.orgId === params.orgId ? "this-org" : "other-org");
  return found;
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
  return { timeZone: ownTimeZone(row?.userTz, row?.orgTz), weekStartsOn: weekStartsOnOf(row?.weekStartsOn) };
}

export async function athleteProfileOf(db: DbOrTx, params: { athleteId: string }) {
  const [row] = await db.select().from(athleteProfiles).where(eq(athleteProfiles.userId, params.athleteId)).limit(1);
  return row ?? null;
}
