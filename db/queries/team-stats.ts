/**
 * Team-wide figures for the coach dashboard, each one GROUP BY in the database over a set of
 * athletes (a condition on "users"). Weeks are zero-filled with generate_series so a quiet week
 * shows as a zero rather than vanishing.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Day, WeekStartsOn } from "../../server/domain/calendar";
import { type DbOrTx, rowsOf } from "../client";
import { type AdherenceWindow, adherenceCtes } from "./adherence-sql";
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

/**
 * One adherence computation serves two figures: due and done per team and week from `chartFrom`
 * (an athlete in two teams counts in both), and the mean of each athlete's own ratio since
 * `meanFrom` (athletes with nothing due are left out, not counted as 0%).
 */
export async function teamAdherence(db: DbOrTx, s: Scope & { teams: SQL; window: AdherenceWindow; chartFrom: Day; meanFrom: Day; lastWeek: Day }) {
  const [row] = rowsOf<{ result: string }>(
    await db.execute(sql`with ${adherenceCtes(s.athletes, s.window)},
      t as (select teams.id, teams.name from teams where ${s.teams}),
      team_weeks as (
        select m.team_id, aw.week, sum(aw.due) as due, sum(aw.done) as done
          from adh_weeks aw join team_members m on m.user_id = aw.athlete_id
         where aw.week >= ${s.chartFrom}::date and m.team_id in (select id from t)
         group by m.team_id, aw.week),
      per_team as (
        select t.id as "teamId", t.name as "teamName", w.week::text as week,
               coalesce(tw.due, 0)::int as due, coalesce(tw.done, 0)::int as done
          from t cross join ${weeksOf(s.chartFrom, s.lastWeek)} w
          left join team_weeks tw on tw.team_id = t.id and tw.week = w.week),
      per_athlete as (
        select sum(done)::float / nullif(sum(due), 0) as r from adh_weeks where week >= ${s.meanFrom}::date group by athlete_id)
      select json_build_object(
        'byTeam', coalesce((select json_agg(per_team order by lower("teamName"), "teamId", week) from per_team), '[]'::json),
        'mean', (select avg(r) from per_athlete where r is not null),
        'withDue', (select count(*) from per_athlete where r is not null))::text as result`,
    ),
  );
  return (row ? JSON.parse(row.result) : { byTeam: [], mean: null, withDue: 0 }) as { byTeam: TeamWeek[]; mean: number | null; withDue: number };
}

/** Athletes by the band of their highest pain report of the week (0 none, 1-3 mild, 4-6 moderate, 7-10 severe). */
export async function painBandsByWeek(db: DbOrTx, s: Scope & { from: Day; lastWeek: Day }) {
  return rowsOf<{ week: Day; none: number; mild: number; moderate: number; severe: number }>(
    await db.execute(sql`
      with worst as (
        select p.athlete_id, ${weekStartSql(sql`p.day`, s.weekStartsOn)} as week, max(p.pain_now) as pain
          from pain_reports p join users on users.id = p.athlete_id
         where p.org_id = ${s.orgId} and ${s.athletes} and ${sharing(s)} and p.day between ${s.from}::date and ${s.lastWeek}::date + 6
         group by p.athlete_id, 2)
      select w.week::text as week,
             count(worst.athlete_id) filter (where worst.pain = 0)::int as none,
             count(worst.athlete_id) filter (where worst.pain between 1 and 3)::int as mild,
             count(worst.athlete_id) filter (where worst.pain between 4 and 6)::int as moderate,
             count(worst.athlete_id) filter (where worst.pain >= 7)::int as severe
        from ${weeksOf(s.from, s.lastWeek)} w left join worst on worst.week = w.week
       group by w.week order by w.week`),
  );
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
