/**
 * The adherence half of the team charts: due and done per team and week, and the mean of each
 * athlete's own four-week ratio. Final weeks come from the team-week rollup; the open ones and the
 * mean are either summed from every athlete's recent row (counted) or, over the whole
 * organisation, read from the team and organisation sums of the recent weeks while they still match
 * (stored, see recent-rollups.ts): 400 team rows instead of 10,000 athletes' for a federation.
 */
import { type SQL, sql } from "drizzle-orm";
import { addDays, type Day, weeksBetween } from "../../server/domain/calendar";
import { rollupCutoffs } from "../../server/domain/rollups";
import { type DbOrTx, rowsOf } from "../client";
import { recentAdherenceCtes } from "./adherence-recent";
import { type AdherenceWindow, athleteToday, withOrgToday } from "./adherence-sql";
import { exactRatio, recentSeed, stateHashOf } from "./recent-rollups";
import { fillTeamWeekAdherence, teamFingerprint, trustedTeamWeeks } from "./rollups";
import type { Scope } from "./team-stats";

type TeamWeek = { teamId: string; teamName: string; week: Day; due: number; done: number };
/** `source`: whether the recent weeks came from the stored team and organisation sums or were summed per athlete by this call. */
type TeamAdherence = { byTeam: TeamWeek[]; mean: number | null; withDue: number; source: "stored" | "counted" };
type Params = Scope & { teams: SQL; window: AdherenceWindow; chartFrom: Day; lastWeek: Day; orgWide: boolean };
type Plan = { rolledBefore: Day; rolledWeeks: number; liveWeeks: { i: number; week: Day }[] };
type Result = {
  teams: [string, string, Day[], (number | null)[] | null, (number | null)[] | null][];
  mean: number | null;
  withDue: number;
  /** Final team-weeks with no trusted rollup row. */
  missing: number;
  /** Team or organisation sums of the recent weeks that no longer match (stored statement only). */
  stale: number;
};

/**
 * Due and done per team and week from `chartFrom` (an athlete in two teams counts in both), and
 * the mean of each athlete's own ratio over `window`, the four recent weeks (athletes with nothing
 * due are left out, not counted as 0%). Final chart weeks come from the team-week rollup, filled
 * first where a team's rows are missing or stale, so the window must start by the first week that
 * is not final. `orgWide`: the organisation's athletes and teams, whose recent sums are kept.
 */
export async function teamAdherence(db: DbOrTx, s: Params): Promise<TeamAdherence> {
  const { adherenceBefore } = rollupCutoffs(s.lastWeek);
  if (s.window.from > adherenceBefore) throw new RangeError(`The window must start by ${adherenceBefore}, the first week that is not final`);
  const rolledBefore = s.chartFrom > adherenceBefore ? s.chartFrom : adherenceBefore;
  const plan: Plan = {
    rolledBefore,
    rolledWeeks: weeksBetween(s.chartFrom, rolledBefore),
    liveWeeks: [0, 1, 2, 3].map((i) => ({ i: i + 1, week: addDays(s.window.from, 7 * i) })).filter((w) => w.week >= rolledBefore),
  };
  const read = async (statement: SQL) => {
    const [row] = rowsOf<{ result: string }>(await db.execute(statement));
    return (row ? JSON.parse(row.result) : { teams: [], mean: null, withDue: 0, missing: 0, stale: 0 }) as Result;
  };
  let source: TeamAdherence["source"] = "stored";
  let result = s.orgWide ? await read(storedStatement(s, plan)) : null;
  if (!result || result.stale > 0) {
    source = "counted";
    result = await read(countedStatement(s, plan));
  }
  if (result.missing > 0) {
    await fillTeamWeekAdherence(db, { teams: s.teams, weekStartsOn: s.weekStartsOn, from: s.chartFrom, before: rolledBefore, now: s.window.now });
    // The counted statement has just stored the recent sums, so over the organisation they match.
    result = await read(s.orgWide ? storedStatement(s, plan) : countedStatement(s, plan));
  }
  const weeks = Array.from({ length: weeksBetween(s.chartFrom, addDays(s.lastWeek, 7)) }, (_, i) => addDays(s.chartFrom, 7 * i));
  const byTeam = result.teams.flatMap(([teamId, teamName, teamWeeks, due, done]) => {
    const at = new Map(teamWeeks.map((week, i) => [week, i]));
    return weeks.map((week) => {
      const i = at.get(week);
      return { teamId, teamName, week, due: i === undefined ? 0 : (due?.[i] ?? 0), done: i === undefined ? 0 : (done?.[i] ?? 0) };
    });
  });
  return { byTeam, mean: result.mean, withDue: result.withDue, source };
}

const seedOf = (r: string, fromWeek: Day) => recentSeed(sql.raw(`${r}.version`), sql.raw(`${r}.live_version`), sql.raw(`${r}.today`), fromWeek);

/**
 * Sums every athlete's recent row (counting those no longer trusted). Over the organisation, the
 * team and organisation sums are stored from the same snapshot for the stored statement to read.
 */
function countedStatement(s: Params, plan: Plan): SQL {
  const w = s.window;
  const hash = stateHashOf(sql`r.athlete_id`, seedOf("r", w.from));
  const sums = (column: "due" | "done") =>
    sql`array[${sql.join([1, 2, 3, 4].map((i) => sql`coalesce(sum(r.${sql.raw(column)}[${sql.raw(String(i))}]), 0)`), sql`, `)}]::int[]`;
  const store = sql`,
    team_store as (
      insert into team_recent_adherence (team_id, week_starts_on, from_week, athletes, state_hash, due, done)
      select team_id, ${w.weekStartsOn}, ${w.from}::date, athletes, state_hash, due, done from team_pass order by team_id
      on conflict (team_id, week_starts_on) do update
         set from_week = excluded.from_week, athletes = excluded.athletes, state_hash = excluded.state_hash, due = excluded.due, done = excluded.done),
    org_store as (
      insert into org_recent_adherence (org_id, week_starts_on, from_week, athletes, state_hash, ratio_sum, with_due)
      select ${s.orgId}, ${w.weekStartsOn}, ${w.from}::date, athletes, state_hash, coalesce(ratio_sum, 0), with_due from per_athlete
      on conflict (org_id, week_starts_on) do update
         set from_week = excluded.from_week, athletes = excluded.athletes, state_hash = excluded.state_hash, ratio_sum = excluded.ratio_sum, with_due = excluded.with_due)`;
  return sql`with ${recentAdherenceCtes(s.athletes, w)},
    t as (select teams.id, teams.name from teams where ${s.teams}),
    -- One pass over the members gives a team its fingerprints (whether its rolled-up weeks and its
    -- stored recent sums still hold) and its four recent weeks, from which the open ones are picked.
    team_pass as (
      select t.id as team_id, ${teamFingerprint(sql`r.athlete_id`, sql`r.version`)} as fingerprint,
             count(r.athlete_id)::int as athletes, coalesce(sum(${hash}), 0) as state_hash, ${sums("due")} as due, ${sums("done")} as done
        from t left join team_members m on m.team_id = t.id left join adh_recent r on r.athlete_id = m.user_id
       group by t.id),
    per_athlete as (
      select count(*)::int as athletes, coalesce(sum(${hash}), 0) as state_hash, sum(${exactRatio("r")}) as ratio_sum, count(${exactRatio("r")})::int as with_due
        from adh_recent r),
    mean as (select (ratio_sum / nullif(with_due, 0))::float8 as mean, with_due from per_athlete)
    ${s.orgWide ? store : sql``},
    ${chartTail(s, plan, sql`0`)}`;
}

/**
 * Reads the stored team and organisation sums, trusted only where the athletes and their state
 * hash computed now match; `stale` counts those that do not (the counted statement then runs).
 */
function storedStatement(s: Params, plan: Plan): SQL {
  const w = s.window;
  const hash = stateHashOf(sql`x.id`, sql`x.seed`);
  return sql`with
    who as materialized (
      select users.id, users.adherence_version as version,
             ${recentSeed(sql`users.adherence_version`, sql`users.adherence_live_version`, athleteToday(w.now), w.from)} as seed
        from users ${withOrgToday(w.now)}
       where ${s.athletes}),
    t as (select teams.id, teams.name from teams where ${s.teams}),
    -- Materialized: inlined, the planner guesses one stored row per team and aggregates the members
    -- again for each stored row it reads.
    team_now as materialized (
      select t.id as team_id, ${teamFingerprint(sql`x.id`, sql`x.version`)} as fingerprint, count(x.id)::int as athletes, coalesce(sum(${hash}), 0) as state_hash
        from t left join team_members m on m.team_id = t.id left join who x on x.id = m.user_id
       group by t.id),
    team_pass as (
      select n.team_id, n.fingerprint, r.due, r.done, r.team_id is null as stale
        from team_now n
        left join team_recent_adherence r on r.team_id = n.team_id and r.week_starts_on = ${w.weekStartsOn} and r.from_week = ${w.from}::date
                                          and r.athletes = n.athletes and r.state_hash = n.state_hash),
    org_now as (select count(*)::int as athletes, coalesce(sum(${hash}), 0) as state_hash from who x),
    mean as (
      select (r.ratio_sum / nullif(r.with_due, 0))::float8 as mean, r.with_due
        from org_recent_adherence r join org_now n on r.athletes = n.athletes and r.state_hash = n.state_hash
       where r.org_id = ${s.orgId} and r.week_starts_on = ${w.weekStartsOn} and r.from_week = ${w.from}::date),
    ${chartTail(s, plan, sql`(select count(*) from team_pass where stale) + (select case when exists (select 1 from mean) then 0 else 1 end)`)}`;
}

/**
 * From `t`, `team_pass(team_id, fingerprint, due, done)` and `mean(mean, with_due)`: every team's
 * weeks as arrays (a few hundred rows to send, not thousands; weeks with nothing stored or summed
 * are zeros, filled in by the caller) and the counts of what is missing or stale.
 */
function chartTail(s: Params, plan: Plan, stale: SQL): SQL {
  return sql`
    rolled as ${trustedTeamWeeks({ teamIds: sql`select id from t`, fingerprints: sql`team_pass`, weekStartsOn: s.weekStartsOn, from: s.chartFrom, before: plan.rolledBefore })},
    team_weeks as (
      select team_id, week, due, done from rolled
      union all
      select tp.team_id, lw.week, tp.due[lw.i], tp.done[lw.i]
        from team_pass tp
       cross join (values ${sql.join(
         plan.liveWeeks.map((lw) => sql`(${lw.i}::int, ${lw.week}::date)`),
         sql`, `,
       )}) lw(i, week)),
    per_team as (
      select t.id, t.name, coalesce(array_agg(tw.week::text) filter (where tw.week is not null), '{}') as weeks,
             array_agg(tw.due::int) filter (where tw.week is not null) as due, array_agg(tw.done::int) filter (where tw.week is not null) as done
        from t left join team_weeks tw on tw.team_id = t.id
       group by t.id, t.name)
    select json_build_object(
      'teams', coalesce((select json_agg(json_build_array(id, name, weeks, due, done) order by lower(name), id) from per_team), '[]'::json),
      'mean', (select mean from mean),
      'withDue', coalesce((select with_due from mean), 0),
      'missing', (select count(*) from t) * ${plan.rolledWeeks} - (select count(*) from rolled),
      'stale', ${stale})::text as result`;
}
