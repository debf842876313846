/**
 * The weekly rollups of settled weeks (db/schema/rollups.ts): reading the rows that can still be
 * trusted, and filling the ones that are missing or stale. Callers only ask for weeks that
 * server/domain/rollups.ts calls final.
 */
import { type SQL, sql } from "drizzle-orm";
import { addDays, type Day, type WeekStartsOn, weeksBetween } from "../../server/domain/calendar";
import { type DbOrTx, rowsOf } from "../client";
import { adherenceCtes } from "./adherence-sql";

/**
 * Who is counted, as "count:sum of a 64-bit hash of each athlete id, seeded with its adherence
 * version": any member joining or leaving, or any version changing, changes it. Null ids are not
 * counted. The hash works on the uuid itself; going through text cost more than the joins.
 */
const fingerprint = (id: SQL, version: SQL) => sql`count(${id})::text || ':' || coalesce(sum(uuid_hash_extended(${id}, ${version})), 0)::text`;

/** A team's fingerprint, aggregated over its athlete members' `(id, adherence version)`. */
export const teamFingerprint = (id: SQL, version: SQL) => fingerprint(id, version);

/**
 * `(team_id, week, due, done)` of the rolled-up weeks in [from, before) whose team still has the
 * members and versions it was counted with. `teamIds` is a subquery of team ids. `fingerprints`,
 * a relation of `(team_id, fingerprint)` the caller already aggregated with teamFingerprint,
 * saves reading the members again; without it they are read from "users".
 */
export function trustedTeamWeeks(p: { teamIds: SQL; fingerprints?: SQL; weekStartsOn: WeekStartsOn; from: Day; before: Day }): SQL {
  // Materialized: inlined, the planner guesses a handful of fingerprints and rescans them per row.
  const fingerprints =
    p.fingerprints ??
    sql`(
      select teams.id as team_id, ${fingerprint(sql`u.id`, sql`u.adherence_version`)} as fingerprint
        from teams
        left join team_members m on m.team_id = teams.id
        left join users u on u.id = m.user_id and u.role = 'athlete'
       where teams.id in (${p.teamIds}) group by teams.id)`;
  return sql`(
    with fp as materialized (select team_id, fingerprint from ${fingerprints} f)
    select r.team_id, r.week, r.due, r.done
      from team_week_adherence r join fp on fp.team_id = r.team_id and fp.fingerprint = r.fingerprint
     where r.week_starts_on = ${p.weekStartsOn} and r.week >= ${p.from}::date and r.week < ${p.before}::date)`;
}

/**
 * Counts and stores every week in [from, before) of the teams matching `teams` (a condition on
 * "teams"), from the athlete-week store. The fingerprint is taken from the same snapshot of
 * versions the weeks are counted at, so a change racing this statement leaves a row no reader
 * trusts. A team with no athletes is stored too, as zeros, so it never looks missing.
 */
export async function fillTeamWeekAdherence(db: DbOrTx, p: { teams: SQL; weekStartsOn: WeekStartsOn; from: Day; before: Day; now: Date }) {
  if (weeksBetween(p.from, p.before) === 0) return;
  const athletes = sql`users.role = 'athlete' and users.id in (select m.user_id from team_members m join teams on teams.id = m.team_id where ${p.teams})`;
  await db.execute(sql`with ${adherenceCtes(athletes, { from: p.from, to: addDays(p.before, -1), weekStartsOn: p.weekStartsOn, now: p.now })},
    fp as (
      select teams.id as team_id, ${fingerprint(sql`x.athlete_id`, sql`x.version`)} as fingerprint
        from teams
        left join team_members m on m.team_id = teams.id
        left join adh_athletes x on x.athlete_id = m.user_id
       where ${p.teams}
       group by teams.id),
    sums as (
      select fp.team_id, fp.fingerprint, wl.ws as week, coalesce(sum(aw.due), 0)::int as due, coalesce(sum(aw.done), 0)::int as done
        from fp cross join adh_week_list wl
        left join team_members m on m.team_id = fp.team_id
        left join adh_weeks aw on aw.athlete_id = m.user_id and aw.week = wl.ws
       group by fp.team_id, fp.fingerprint, wl.ws)
    insert into team_week_adherence (team_id, week_starts_on, week, fingerprint, due, done)
    select team_id, ${p.weekStartsOn}, week, fingerprint, due, done from sums order by team_id, week
    on conflict (team_id, week_starts_on, week) do update
       set fingerprint = excluded.fingerprint, due = excluded.due, done = excluded.done`);
}

/** The organisation's athletes: reports of a final week only leave with their athlete. */
export const orgAthletesFingerprint = (orgId: string) =>
  sql`(select ${fingerprint(sql`users.id`, sql`0`)} from users where users.org_id = ${orgId} and users.role = 'athlete')`;

export type PainBands = { week: Day; none: number; mild: number; moderate: number; severe: number };

/**
 * `athlete_id, week, pain`: each athlete's worst report of each week from `from` to `lastWeek`
 * (week starts), read from athlete_week_pain.
 */
export function worstPainCte(p: { orgId: string; athletes: SQL; weekStartsOn: WeekStartsOn; from: Day; lastWeek: Day }): SQL {
  return sql`select awp.athlete_id, awp.week, awp.worst as pain
      from athlete_week_pain awp join users on users.id = awp.athlete_id
     where awp.org_id = ${p.orgId} and awp.week_starts_on = ${p.weekStartsOn} and awp.week between ${p.from}::date and ${p.lastWeek}::date
       and ${p.athletes}`;
}

export const bandCounts = sql`
  count(worst.athlete_id) filter (where worst.pain = 0)::int as none,
  count(worst.athlete_id) filter (where worst.pain between 1 and 3)::int as mild,
  count(worst.athlete_id) filter (where worst.pain between 4 and 6)::int as moderate,
  count(worst.athlete_id) filter (where worst.pain >= 7)::int as severe`;

/** Stored bands of the organisation's weeks in [from, before), only while its athletes are the same. */
export async function trustedOrgWeekPain(db: DbOrTx, p: { orgId: string; weekStartsOn: WeekStartsOn; from: Day; before: Day }): Promise<PainBands[]> {
  return rowsOf<PainBands>(
    await db.execute(sql`
      select r.week::text as week, r.none, r.mild, r.moderate, r.severe from org_week_pain r
       where r.org_id = ${p.orgId} and r.week_starts_on = ${p.weekStartsOn} and r.week >= ${p.from}::date and r.week < ${p.before}::date
         and r.fingerprint = ${orgAthletesFingerprint(p.orgId)}
       order by r.week`),
  );
}

/** Counts and stores the bands of every week in [from, before) over all the organisation's athletes. */
export async function fillOrgWeekPain(db: DbOrTx, p: { orgId: string; weekStartsOn: WeekStartsOn; from: Day; before: Day }) {
  if (weeksBetween(p.from, p.before) === 0) return;
  const athletes = sql`users.org_id = ${p.orgId} and users.role = 'athlete'`;
  await db.execute(sql`
    with worst as (${worstPainCte({ ...p, athletes, lastWeek: addDays(p.before, -7) })}),
    bands as (
      select w::date as week, ${bandCounts}
        from generate_series(${p.from}::date, ${addDays(p.before, -7)}::date, interval '7 days') w
        left join worst on worst.week = w::date
       group by w)
    insert into org_week_pain (org_id, week_starts_on, week, fingerprint, none, mild, moderate, severe)
    select ${p.orgId}, ${p.weekStartsOn}, week, ${orgAthletesFingerprint(p.orgId)}, none, mild, moderate, severe from bands order by week
    on conflict (org_id, week_starts_on, week) do update
       set fingerprint = excluded.fingerprint, none = excluded.none, mild = excluded.mild, moderate = excluded.moderate, severe = excluded.severe`);
}
