import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { athleteProfiles, organisations, teamMembers, teams, users } from "../schema";

export async function accountOf(db: DbOrTx, params: { userId: string }) {
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      role: users.role,
      timeZone: users.timeZone,
      orgTimeZone: organisations.timeZone,
      weekStartsOn: organisations.weekStartsOn,
      profile: {
        runDays: athleteProfiles.runDays,
        historyOfBackProblems: athleteProfiles.historyOfBackProblems,
        coachSeesPainDetails: athleteProfiles.coachSeesPainDetails,
      },
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .leftJoin(athleteProfiles, eq(athleteProfiles.userId, users.id))
    .where(eq(users.id, params.userId))
    .limit(1);
  return row ?? null;
}

export async function ownTeams(db: DbOrTx, params: { userId: string }) {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.userId, params.userId), isNull(teams.archivedAt)))
    .orderBy(asc(teams.name));
}

export async function updateAccount(db: DbOrTx, params: { userId: string; name?: string; timeZone?: string | null }) {
  const set: { name?: string; timeZone?: string | null } = {};
  if (params.name !== undefined) set.name = params.name;
  if (params.timeZone !== undefined) set.timeZone = params.timeZone;
  if (Object.keys(set).length === 0) return;
  await db.update(users).set({ ...set, updatedAt: new Date() }).where(eq(users.id, params.userId));
}

export async function passwordHashOf(db: DbOrTx, params: { userId: string }) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, params.userId));
  return row?.passwordHash ?? null;
}

/** Sets a new password and signs the person out everywhere else (new session version). Returns the version. */
export async function setPasswordHash(db: DbOrTx, params: { userId: string; passwordHash: string; onlyIfActive?: boolean }) {
  const rows = await db
    .update(users)
    .set({ passwordHash: params.passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, params.userId), params.onlyIfActive ? eq(users.active, true) : undefined))
    .returning({ sessionVersion: users.sessionVersion });
  return rows[0] ?? null;
}

export type AthleteProfilePatch = { runDays?: number[]; historyOfBackProblems?: boolean; coachSeesPainDetails?: boolean };

export async function upsertAthleteProfile(db: DbOrTx, params: { userId: string; patch: AthleteProfilePatch }) {
  // A field sent as undefined is a field left alone, as one not sent at all.
  const given = Object.fromEntries(Object.entries(params.patch).filter(([, v]) => v !== undefined)) as AthleteProfilePatch;
  const patch = { ...given, ...(given.runDays ? { runDays: [...given.runDays].sort((a, b) => a - b) } : {}) };
  await db
    .insert(athleteProfiles)
    .values({ userId: params.userId, ...patch })
    .onConflictDoUpdate({ target: athleteProfiles.userId, set: Object.keys(patch).length > 0 ? patch : { userId: params.userId } });
}
