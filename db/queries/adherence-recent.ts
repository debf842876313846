/**
 * Every athlete's four recent weeks as one row (adherence_recent), for the organisation-wide
 * views that need each athlete's own figures: the roster sorted by adherence and the charts' mean.
 * Rows still trusted are read; the other athletes are counted (adherence-sql.ts) and stored.
 */
import { type SQL, sql } from "drizzle-orm";
import { addDays, daysBetween } from "../../server/domain/calendar";
import { type AdherenceWindow, adherenceCtes, athleteToday, withOrgToday } from "./adherence-sql";

/**
 * CTEs ending in `adh_recent(athlete_id, version, live_version, today, due, done)` for the athletes
 * `athletes` (a condition on "users") picks: `due` and `done` hold the window's four weeks oldest
 * first, counted at the athlete's adherence versions on the athlete's `today`. The window must be
 * four whole weeks. The CTE `rec_all` holds each of those athletes once.
 */
export function recentAdherenceCtes(athletes: SQL, w: AdherenceWindow): SQL {
  if (daysBetween(w.from, w.to) !== 27) throw new RangeError(`The recent window is four weeks, not ${w.from} to ${w.to}`);
  const weeks = [0, 1, 2, 3].map((i) => addDays(w.from, 7 * i));
  // One pass over the athletes: each with its stored row, and whether that row still holds.
  return sql`
  rec_all as materialized (
    select users.id as athlete_id, ${athleteToday(w.now)} as today,
           users.adherence_version as version, users.adherence_live_version as live_version, r.due, r.done,
           coalesce(r.from_week = ${w.from}::date and r.version = users.adherence_version
                    and r.live_version = users.adherence_live_version and r.as_of = ${athleteToday(w.now)}, false) as valid
      from users ${withOrgToday(w.now)}
      -- The key alone in the join: with the week in it too, a generic plan guesses one matching
      -- row and rescans the table for every athlete.
      left join adherence_recent r on r.athlete_id = users.id and r.week_starts_on = ${w.weekStartsOn}
     where ${athletes}
  ),
  ${adherenceCtes(athletes, w, { athletesFrom: sql`select athlete_id, today, version, live_version from rec_all where not valid` })},
  rec_new as (
    select x.athlete_id, x.version, x.live_version, x.today,
           array[${sql.join(
             weeks.map((week) => sql`coalesce(sum(aw.due) filter (where aw.week = ${week}::date), 0)::int`),
             sql`, `,
           )}] as due,
           array[${sql.join(
             weeks.map((week) => sql`coalesce(sum(aw.done) filter (where aw.week = ${week}::date), 0)::int`),
             sql`, `,
           )}] as done
      from adh_athletes x left join adh_weeks aw on aw.athlete_id = x.athlete_id
     group by x.athlete_id, x.version, x.live_version, x.today
  ),
  -- Kept with the versions they were counted at: a change racing this request leaves a row that
  -- no later reader trusts. Key order, so that two requests storing the same rows never deadlock.
  rec_keep as (
    insert into adherence_recent (athlete_id, week_starts_on, from_week, version, live_version, as_of, due, done)
    select athlete_id, ${w.weekStartsOn}, ${w.from}::date, version, live_version, today, due, done from rec_new order by athlete_id
    on conflict (athlete_id, week_starts_on) do update
       set from_week = excluded.from_week, version = excluded.version, live_version = excluded.live_version,
           as_of = excluded.as_of, due = excluded.due, done = excluded.done
  ),
  adh_recent as (
    select athlete_id, version, live_version, today, due, done from rec_all where valid
    union all
    select athlete_id, version, live_version, today, due, done from rec_new
  )`;
}

/** The sum of a four-week array column. */
export const sumOf = (column: string) => sql.raw(`(${column}[1] + ${column}[2] + ${column}[3] + ${column}[4])`);
