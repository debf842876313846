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
import { bandCounts, fillOrgWeekPain, fillTeamWeekAdherence, type PainBands, trustedOrgWeekPain, trustedTeamWeeks, worstPainCte } from "./rollups";
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
             (select count(distinct p.athlete_id) from pain_reports p join a on a.id = p.athlete_id and a.shares
               where p.org_id = ${s.orgId} and p.day between ${s.thisWeek}::date and ${s.thisWeek}::date + 6 and p.pain_now > 0)::int as in_pain,
             (select count(*) from cases c join a on a.id = c.athlete_id where c.status <> 'resolved')::int as open_cases,
             (select count(*) from cases c join a on a.id = c.athlete_id where c.status <> 'resolved' and c.tier in ('emergency', 'same-day'))::int as urgent_cases`),
  );
  return row!;
}

type TeamWeek = { teamId: string; teamName: string; week: Day; due: number; done: number };
type TeamAdherence = { byTeam: TeamWeek[]; mean: number | null; withDue: number; missing: number };

/**
 * Due and done per team and week from `chartFrom` (an athlete in two teams counts in both), and
 * the mean of each athlete's own ratio over `window`, the four recent weeks (athletes with nothing
 * due are left out, not counted as 0%). Final chart weeks come from the team-week rollup, filled
 * first where a team's rows are missing or stale, so the window must start by the first week that
 * is not final.
 */
export async function teamAdherence(db: DbOrTx, s: Scope & { teams: SQL; window: AdherenceWindow; chartFrom: Day; lastWeek: Day }) {
  // Chart weeks before the first week that is not final are read from the rollup; the later ones
  // are summed from each athlete's recent weeks, which also give the mean.
  const { adherenceBefore } = rollupCutoffs(s.lastWeek);
  if (s.window.from > adherenceBefore) throw new RangeError(`The window must start by ${adherenceBefore}, the first week that is not final`);
  const rolledBefore = s.chartFrom > adherenceBefore ? s.chartFrom : adherenceBefore;
  const rolledWeeks = weeksBetween(s.chartFrom, rolledBefore);
  const liveWeeks = [0, 1, 2, 3].map((i) => ({ i: i + 1, week: addDays(s.window.from, 7 * i) })).filter((w) => w.week >= rolledBefore);
  const read = async () => {
    const [row] = rowsOf<{ result: string }>(
      await db.execute(sql`with ${recentAdherenceCtes(s.athletes, s.window)},
        t as (select teams.id, teams.name from teams where ${s.teams}),
        rolled as ${trustedTeamWeeks({ teamIds: sql`select id from t`, weekStartsOn: s.weekStartsOn, from: s.chartFrom, before: rolledBefore })},
        -- One pass over the members gives a team its four recent weeks; the open ones are then picked out.
        live_sums as (
          select m.team_id, array[sum(r.due[1]), sum(r.due[2]), sum(r.due[3]), sum(r.due[4])] as due,
                 array[sum(r.done[1]), sum(r.done[2]), sum(r.done[3]), sum(r.done[4])] as done
            from adh_recent r join team_members m on m.user_id = r.athlete_id
           where m.team_id in (select id from t)
           group by m.team_id),
        team_weeks as (
          select team_id, week, due, done from rolled
          union all
          select ls.team_id, lw.week, ls.due[lw.i], ls.done[lw.i]
            from live_sums ls
           cross join (values ${sql.join(
             liveWeeks.map((w) => sql`(${w.i}::int, ${w.week}::date)`),
             sql`, `,
           )}) lw(i, week)),
        per_team as (
          select t.id as "teamId", t.name as "teamName", w.week::text as week,
                 coalesce(tw.due, 0)::int as due, coalesce(tw.done, 0)::int as done
            from t cross join ${weeksOf(s.chartFrom, s.lastWeek)} w
            left join team_weeks tw on tw.team_id = t.id and tw.week = w.week),
        per_athlete as (
          select ${sumOf("done")}::float / nullif(${sumOf("due")}, 0) as r from adh_recent)
        select json_build_object(
          'byTeam', coalesce((select json_agg(per_team order by lower("teamName"), "teamId", week) from per_team), '[]'::json),
          'mean', (select avg(r) from per_athlete where r is not null),
          'withDue', (select count(*) from per_athlete where r is not null),
          'missing', (select count(*) from t) * ${rolledWeeks} - (select count(*) from rolled))::text as result`,
      ),
    );
    return (row ? JSON.parse(row.result) : { byTeam: [], mean: null, withDue: 0, missing: 0 }) as TeamAdherence;
  };
  const first = await read();
  if (first.missing === 0) return first;
  await fillTeamWeekAdherence(db, { teams: s.teams, weekStartsOn: s.weekStartsOn, from: s.chartFrom, before: rolledBefore, now: s.window.now });
  return read();
}

/**
 * Athletes by the band of their highest pain report of the week (0 none, 1-3 mild, 4-6 moderate,
 * 7-10 severe). Over all the organisation's athletes (`orgWide`), final weeks come from the
 * organisation-week rollup, filled first where missing or stale.
 */
export async function painBandsByWeek(db: DbOrTx, s: Scope & { from: Day; lastWeek: Day; orgWide: boolean }): Promise<PainBands[]> {
  const weekStart = (day: SQL) => weekStartSql(day, s.weekStartsOn);
  const { painBefore } = rollupCutoffs(s.lastWeek);
  const liveFrom = s.orgWide && s.from < painBefore ? painBefore : s.from;
  const live = async () =>
    rowsOf<PainBands>(
      await db.execute(sql`
        with worst as (${worstPainCte({ orgId: s.orgId, athletes: sql`${s.athletes} and ${sharing(s)}`, from: liveFrom, to: addDays(s.lastWeek, 6), weekStart })})
        select w.week::text as week, ${bandCounts}
          from ${weeksOf(liveFrom, s.lastWeek)} w left join worst on worst.week = w.week
         group by w.week order by w.week`),
    );
  if (liveFrom === s.from) return live();
  const rolled = { orgId: s.orgId, weekStartsOn: s.weekStartsOn, from: s.from, before: liveFrom };
  const expected = weeksBetween(s.from, liveFrom);
  const [stored, recent] = await Promise.all([trustedOrgWeekPain(db, rolled), live()]);
  if (stored.length === expected) return [...stored, ...recent];
  await fillOrgWeekPain(db, { ...rolled, weekStart });
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
