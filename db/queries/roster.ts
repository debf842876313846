import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { athleteProfiles, cases, teamMembers, teams, users } from "../schema";
import type { SQL } from "drizzle-orm";
import type { ReturnToRun } from "../../server/domain/vocab";

/**
 * One row per visible athlete with the latest pain, open case and return-to-run status.
 * `painDetails` false hides the pain figures (the athlete's choice for coaches).
 */
export async function rosterRows(db: DbOrTx, params: { athletes: SQL; hidePainFromCoach: boolean }) {
  const lastPain = sql<{ painNow: number; day: string } | null>`(
    select json_build_object('painNow', p.pain_now, 'day', p.day) from pain_reports p
     where p.athlete_id = ${users.id} order by p.day desc, p.reported_at desc limit 1)`;
  const teamNames = sql<string[]>`coalesce((
    select array_agg(t.name order by t.name) from ${teamMembers} m join ${teams} t on t.id = m.team_id
     where m.user_id = ${users.id} and t.archived_at is null), '{}')`;
  const returnToRun = sql<ReturnToRun | null>`(
    select r.status from return_to_run r where r.athlete_id = ${users.id} order by r.set_at desc limit 1)`;
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      teams: teamNames,
      lastPain,
      showPain: athleteProfiles.coachSeesPainDetails,
      caseTier: cases.tier,
      caseStatus: cases.status,
      returnToRun,
    })
    .from(users)
    .leftJoin(athleteProfiles, eq(athleteProfiles.userId, users.id))
    .leftJoin(cases, sql`${cases.athleteId} = ${users.id} and ${cases.status} <> 'resolved'`)
    .where(params.athletes)
    .orderBy(asc(users.name));
  return rows.map(({ showPain, lastPain: pain, ...r }) => ({
    ...r,
    lastPain: params.hidePainFromCoach && showPain === false ? null : pain,
    painHidden: params.hidePainFromCoach && showPain === false,
  }));
}

/** Names and teams only, for pickers: nothing about pain, cases or adherence is read. */
export async function athleteNames(db: DbOrTx, params: { athletes: SQL }) {
  const teamNames = sql<string[]>`coalesce((
    select array_agg(t.name order by t.name) from ${teamMembers} m join ${teams} t on t.id = m.team_id
     where m.user_id = users.id and t.archived_at is null), '{}')`;
  return db.select({ id: users.id, name: users.name, teams: teamNames }).from(users).where(params.athletes).orderBy(asc(users.name), asc(users.id));
}
