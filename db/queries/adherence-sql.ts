/**
 * Adherence per athlete and week, computed inside PostgreSQL: the SQL twin of
 * server/domain/adherence.ts (computeAdherence), kept equal to it by
 * adherence-sql.db.test.ts on the demo data and on a randomised fixture.
 *
 * Each assignment item is expanded into its active days of the window (generate_series), pauses
 * into their days, and completions joined as sets, so the cost grows with athletes × items × days
 * and never with round trips. Rules mirrored from the pure function:
 * - fixed-day items are due on scheduled, unpaused days up to the athlete's own today; done when
 *   a completion exists for that item and day;
 * - a times-per-week item owes min(N, unpaused active days) a week, less the unpaused days still
 *   ahead, but never less than what was done; done is capped at the target.
 */
import { type SQL, sql } from "drizzle-orm";
import { daysBetween, isoWeekday, weekStart, type Day, type WeekStartsOn } from "../../server/domain/calendar";
import { type DbOrTx, rowsOf } from "../client";
import { weekStartSql } from "./sql-helpers";

export type AdherenceWindow = { from: Day; to: Day; weekStartsOn: WeekStartsOn; now: Date };

/** Flexible quotas belong to whole weeks, so the window must start and end on week boundaries. */
export function assertWholeWeeks(w: AdherenceWindow) {
  const whole = weekStart(w.from, w.weekStartsOn) === w.from && isoWeekday(w.to) === (w.weekStartsOn === 7 ? 6 : 7) && daysBetween(w.from, w.to) >= 6;
  if (!whole) throw new RangeError(`Adherence window must be whole weeks: ${w.from} to ${w.to}`);
}

/**
 * CTEs ending in `adh_weeks(athlete_id, week, due, done)`: one row per athlete and week in which
 * something was active. `athletes` is a condition on "users" choosing whose adherence to count.
 * Use as `with ${adherenceCtes(...)} select ... from adh_weeks`.
 */
export function adherenceCtes(athletes: SQL, w: AdherenceWindow): SQL {
  assertWholeWeeks(w);
  const from = sql`${w.from}::date`;
  const to = sql`${w.to}::date`;
  return sql`
  adh_athletes as (
    select users.id as athlete_id,
           coalesce(ap.run_days, '{}'::smallint[]) as run_days,
           (${w.now.toISOString()}::timestamptz at time zone coalesce(users.time_zone, o.time_zone))::date as today
      from users
      join organisations o on o.id = users.org_id
      left join athlete_profiles ap on ap.user_id = users.id
     where ${athletes}
  ),
  adh_items as (
    select a.id as assignment_id, a.athlete_id, i.id as item_id, i.schedule_kind, i.weekdays,
           least(7, greatest(1, coalesce(i.times_per_week, 1)))::int as quota,
           greatest(a.start_day, ${from}) as first_day, least(coalesce(a.end_day, ${to}), ${to}) as last_day,
           x.today, x.run_days
      from assignments a
      join adh_athletes x on x.athlete_id = a.athlete_id
      join program_items i on i.version_id = a.version_id
     where a.start_day <= ${to} and (a.end_day is null or a.end_day >= ${from})
  ),
  adh_paused as (
    select distinct p.assignment_id, d::date as day
      from assignment_pauses p
      join (select distinct assignment_id from adh_items) ai on ai.assignment_id = p.assignment_id
      cross join generate_series(greatest(p.from_day, ${from}), least(coalesce(p.to_day, ${to}), ${to}), interval '1 day') d
  ),
  adh_done as (
    select c.assignment_id, c.item_id, c.day
      from completions c
     where c.athlete_id in (select athlete_id from adh_athletes) and c.day between ${from} and ${to}
  ),
  adh_item_weeks as (
    select it.athlete_id, it.schedule_kind, max(it.quota) as quota,
           count(*) filter (where d.scheduled and p.day is null and d.day <= it.today) as fixed_due,
           count(*) filter (where d.scheduled and p.day is null and d.day <= it.today and c.day is not null) as fixed_done,
           count(*) filter (where p.day is null) as available,
           count(*) filter (where p.day is null and d.day > it.today) as ahead,
           count(*) filter (where d.day <= it.today and c.day is not null) as done_count,
           d.week
      from adh_items it
      cross join lateral (
        select g::date as day, ${weekStartSql(sql`g`, w.weekStartsOn)} as week,
               case it.schedule_kind
                 when 'daily' then true
                 when 'weekdays' then extract(isodow from g)::smallint = any(it.weekdays)
                 when 'times-per-week' then false
                 else extract(isodow from g)::smallint = any(it.run_days)
               end as scheduled
          from generate_series(it.first_day, it.last_day, interval '1 day') g
      ) d
      left join adh_paused p on p.assignment_id = it.assignment_id and p.day = d.day
      left join adh_done c on c.assignment_id = it.assignment_id and c.item_id = it.item_id and c.day = d.day
     group by it.athlete_id, it.assignment_id, it.item_id, it.schedule_kind, d.week
  ),
  adh_weeks as (
    select athlete_id, week,
           sum(case when schedule_kind = 'times-per-week'
                    then greatest(least(quota, available) - ahead, least(done_count, quota, available))
                    else fixed_due end)::int as due,
           sum(case when schedule_kind = 'times-per-week' then least(done_count, quota, available) else fixed_done end)::int as done
      from adh_item_weeks
     group by athlete_id, week
  )`;
}

export type AthleteWeek = { athleteId: string; week: Day; due: number; done: number };

/** Rows only for weeks in which something was active; callers fill the other weeks in. */
export async function adherenceByAthleteWeek(db: DbOrTx, params: { athletes: SQL } & AdherenceWindow): Promise<AthleteWeek[]> {
  const result = await db.execute(sql`with ${adherenceCtes(params.athletes, params)}
    select athlete_id as "athleteId", week::text as week, due, done from adh_weeks order by athlete_id, week`);
  return rowsOf<AthleteWeek>(result);
}
