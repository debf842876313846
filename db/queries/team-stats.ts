/**
 * Team-wide figures for the coach dashboard, each one GROUP BY in the database over a set of
 * athletes (a condition on "users"). Weeks are zero-filled with generate_series so a quiet week
 * shows as a zero rather than vanishing.
 */
import { type SQL, sql } from "drizzle-orm";
import { addDays, type Day, type WeekStartsOn, weeksBetween } from "../../server/domain/calendar";
import { type DbOrTx, rowsOf } from "../client";
import { rollupCutoffs } from "../../server/domain/rollups";
import { recentAdherenceCtes, sumOf } from "./adherence-recent";
import type { AdherenceWindow } from "./adherence-sql";
import { bandCounts, fillOrgWeekPain, fillTeamWeekAdherence, type PainBands, teamFingerprint, trustedOrgWeekPain, trustedTeamWeeks, worstPainCte } from "./rollups";
import { localDaySql, weekStartSql } from "./sql-helpers";

export type Scope = {
  /** The organisation the athletes belong to: lets pain reports be read by their (org, day) index. */
  orgId: string;
  athletes: SQL;
  /** Coaches see pain only of athletes who share it with them. */
  hidePainFromCoach: boolean;
  timeZone: string;
  weekStartsOn: WeekStartsOn;
};

const weeksOf = (from: Day, to: Day) => sql`(select w::date as week from generate_series(${from}::date, ${to}::date, interval '7 days') w)`;
const sharing = (s: Scope) =>
  s.hidePainFromCoach ? sql`coalesce((select ap.coach_sees_pain_details from athlete_profiles ap where ap.user_id = users.id), true)` : sql`true`;

/** The first day anything happened for these athletes: where "all" starts. */
export async function earliestDay(db: DbOrTx, s: Scope): Promise<Day | null> {
  const [row] = rowsOf<{ day: string | null }>(
    await db.execute(sql`
      with a as (select users.id from users where ${s.athletes})
      select least(
        (select min(p.day) from pain_reports p where p.athlete_id in (select id from a)),
        (select min(x.start_day) from assignments x where x.athlete_id in (select id from a)),
        (select min(${localDaySql(sql`c.opened_at`, s.timeZone)}) from cases c where c.athlete_id in (select id from a))
      )::text as day`),
  );
  return row?.day ?? null;
}

export async function keyFigures(db: DbOrTx, s: Scope & { thisWeek: Day }) {
  const [row] = rowsOf<{ athletes: number; sharing: number; in_pain: number; open_cases: number; urgent_cases: number }>(
    await db.execute(sql`
      with a as (select users.id, ${sharing(s)} as shares from users where ${s.athletes})
      select (select count(*) from a)::int as athletes,
             (select count(*) from a where shares)::int as sharing,
             (select count(*) from athlete_week_pain awp join a on a.id = awp.athlete_id and a.shares
               where awp.org_id = ${s.orgId} and awp.week_starts_on = ${s.weekStartsOn} and awp.week = ${s.thisWeek}::date and awp.worst > 0)::int as in_pain,
             (select count(*) from cases c join a on a.id = c.athlete_id where c.status <> 'resolved')::int as open_cases,
             (select count(*) from cases c join a on a.id = c.athlete_id where c.status <> 'resolved' and c.tier in ('emergency', 'same-day'))::int as urgent_cases`),
  );
  return row!;
}

type TeamWeek = { teamId: string; teamName: string; week: Day; due: number; done: number };
type TeamAdherence = { byTeam: TeamWeek[]; mean: number | null; withDue: number };

/**
 * Due and done per team and week from `chartFrom` (an athlete in two teams counts in both), and
 * the mean of each athlete's own ratio over `window`, the four recent weeks (athletes with nothing
 * due are left out, not counted as 0%). Final chart weeks come from the team-week rollup, filled
 * first where a team's rows are missing or stale, so the window must start by the first week that
 * is not final.
 */
export async function teamAdherence(db: DbOrTx, s: Scope & { teams: SQL; window: AdherenceWindow; chartFrom: Day; lastWeek: Day }): Promise<TeamAdherence> {
  // Chart weeks before the first week that is not final are read from the rollup; the later ones
  // are summed from each athlete's recent weeks, which also give the mean.
  const { adherenceBefore } = rollupCutoffs(s.lastWeek);
  if (s.window.from > adherenceBefore) throw new RangeError(`The window must start by ${adherenceBefore}, the first week that is not final`);
  const rolledBefore = s.chartFrom > adherenceBefore ? s.chartFrom : adherenceBefore;
  const rolledWeeks = weeksBetween(s.chartFrom, rolledBefore);
  const weeks = Array.from({ length: weeksBetween(s.chartFrom, addDays(s.lastWeek, 7)) }, (_, i) => addDays(s.chartFrom, 7 * i));
  const liveWeeks = [0, 1, 2, 3].map((i) => ({ i: i + 1, week: addDays(s.window.from, 7 * i) })).filter((w) => w.week >= rolledBefore);
  type Result = { teams: [string, string, Day[], (number | null)[] | null, (number | null)[] | null][]; mean: number | null; withDue: number; missing: number };
  const read = async () => {
    const [row] = rowsOf<{ result: string }>(
      await db.execute(sql`with ${recentAdherenceCtes(s.athletes, s.window)},
        t as (select teams.id, teams.name from teams where ${s.teams}),
        -- One pass over the members gives a team its fingerprint (whether its rolled-up weeks still
        -- hold) and its four recent weeks, from which the open ones are picked out.
        team_pass as (
          select t.id as team_id, ${teamFingerprint(sql`r.athlete_id`, sql`r.version`)} as fingerprint,
                 array[sum(r.due[1]), sum(r.due[2]), sum(r.due[3]), sum(r.due[4])] as due,
                 array[sum(r.done[1]), sum(r.done[2]), sum(r.done[3]), sum(r.done[4])] as done
            from t left join team_members m on m.team_id = t.id left join adh_recent r on r.athlete_id = m.user_id
           group by t.id),
        rolled as ${trustedTeamWeeks({ teamIds: sql`select id from t`, fingerprints: sql`team_pass`, weekStartsOn: s.weekStartsOn, from: s.chartFrom, before: rolledBefore })},
        team_weeks as (
          select team_id, week, due, done from rolled
          union all
          select tp.team_id, lw.week, tp.due[lw.i], tp.done[lw.i]
            from team_pass tp
           cross join (values ${sql.join(
             liveWeeks.map((w) => sql`(${w.i}::int, ${w.week}::date)`),
             sql`, `,
           )}) lw(i, week)),
        -- Each team's weeks as arrays: a few hundred rows to send, not thousands. Weeks with
        -- nothing stored or summed are zeros, filled in below.
        per_team as (
          select t.id, t.name, coalesce(array_agg(tw.week::text) filter (where tw.week is not null), '{}') as weeks,
                 array_agg(tw.due::int) filter (where tw.week is not null) as due, array_agg(tw.done::int) filter (where tw.week is not null) as done
            from t left join team_weeks tw on tw.team_id = t.id
           group by t.id, t.name),
        per_athlete as (
          select avg(r) as mean, count(r) as with_due
            from (select ${sumOf("done")}::float / nullif(${sumOf("due")}, 0) as r from adh_recent) x)
        select json_build_object(
          'teams', coalesce((select json_agg(json_build_array(id, name, weeks, due, done) order by lower(name), id) from per_team), '[]'::json),
          'mean', (select mean from per_athlete),
          'withDue', (select with_due from per_athlete),
          'missing', (select count(*) from t) * ${rolledWeeks} - (select count(*) from rolled))::text as result`,
      ),
    );
    return (row ? JSON.parse(row.result) : { teams: [], mean: null, withDue: 0, missing: 0 }) as Result;
  };
  let result = await read();
  if (result.missing > 0) {
    await fillTeamWeekAdherence(db, { teams: s.teams, weekStartsOn: s.weekStartsOn, from: s.chartFrom, before: rolledBefore, now: s.window.now });
    result = await read();
  }
  const byTeam = result.teams.flatMap(([teamId, teamName, teamWeeks, due, done]) => {
    const at = new Map(teamWeeks.map((week, i) => [week, i]));
    return weeks.map((week) => {
      const i = at.get(week);
      return { teamId, teamName, week, due: i === undefined ? 0 : (due?.[i] ?? 0), done: i === undefined ? 0 : (done?.[i] ?? 0) };
    });
  });
  return { byTeam, mean: result.mean, withDue: result.withDue };
}

/**
 * Athletes by the band of their highest pain report of the week (0 none, 1-3 mild, 4-6 moderate,
 * 7-10 severe). Over all the organisation's athletes (`orgWide`), final weeks come from the
 * organisation-week rollup, filled first where missing or stale.
 */
export async function painBandsByWeek(db: DbOrTx, s: Scope & { from: Day; lastWeek: Day; orgWide: boolean }): Promise<PainBands[]> {
  const { painBefore } = rollupCutoffs(s.lastWeek);
  const liveFrom = s.orgWide && s.from < painBefore ? painBefore : s.from;
  const live = async () =>
    rowsOf<PainBands>(
      await db.execute(sql`
        with worst as (${worstPainCte({ ...s, athletes: sql`${s.athletes} and ${sharing(s)}`, from: liveFrom })})
        select w.week::text as week, ${bandCounts}
          from ${weeksOf(liveFrom, s.lastWeek)} w left join worst on worst.week = w.week
         group by w.week order by w.week`),
    );
  if (liveFrom === s.from) return live();
  const rolled = { orgId: s.orgId, weekStartsOn: s.weekStartsOn, from: s.from, before: liveFrom };
  const expected = weeksBetween(s.from, liveFrom);
  const [stored, recent] = await Promise.all([trustedOrgWeekPain(db, rolled), live()]);
  if (stored.length === expected) return [...stored, ...recent];
  await fillOrgWeekPain(db, rolled);
  return [...(await trustedOrgWeekPain(db, rolled)), ...recent];
}

/** Cases opened per week (by the organisation's calendar). */
export async function newCasesByWeek(db: DbOrTx, s: { cases: SQL; timeZone: string; weekStartsOn: WeekStartsOn; from: Day; lastWeek: Day }) {
  return rowsOf<{ week: Day; count: number }>(
    await db.execute(sql`
      with opened as (
        select ${weekStartSql(localDaySql(sql`c.opened_at`, s.timeZone), s.weekStartsOn)} as week
          from cases c
         where ${s.cases}
           and c.opened_at >= (${s.from}::date)::timestamp at time zone ${s.timeZone}
           and c.opened_at < (${s.lastWeek}::date + 7)::timestamp at time zone ${s.timeZone})
      select w.week::text as week, count(opened.week)::int as count
        from ${weeksOf(s.from, s.lastWeek)} w left join opened on opened.week = w.week
       group by w.week order by w.week`),
  );
}
