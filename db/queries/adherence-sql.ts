/**
 * Adherence per athlete and week, computed inside PostgreSQL: the SQL twin of
 * server/domain/adherence.ts (computeAdherence), kept equal to it by
 * adherence-sql.db.test.ts on the demo data and on a randomised fixture.
 *
 * Everything is joined as sets (items, weeks, pauses, completions), so the cost grows with the
 * rows involved, never with round trips. Rules mirrored from the pure function:
 * - fixed-day items are due on scheduled, unpaused days up to the athlete's own today; done when
 *   a completion exists for that item and day;
 * - a times-per-week item owes min(N, unpaused active days) a week, less the unpaused days still
 *   ahead, but never less than what was done; done is capped at the target.
 */
import { type SQL, sql } from "drizzle-orm";
import { daysBetween, isoWeekday, weekStart, type Day, type WeekStartsOn } from "../../server/domain/calendar";
import { LATE_FILL_DAYS } from "../../server/domain/adherence";
import { type DbOrTx, rowsOf } from "../client";

export type AdherenceWindow = { from: Day; to: Day; weekStartsOn: WeekStartsOn; now: Date };

/** Flexible quotas belong to whole weeks, so the window must start and end on week boundaries. */
export function assertWholeWeeks(w: AdherenceWindow) {
  const whole = weekStart(w.from, w.weekStartsOn) === w.from && isoWeekday(w.to) === (w.weekStartsOn === 7 ? 6 : 7) && daysBetween(w.from, w.to) >= 6;
  if (!whole) throw new RangeError(`Adherence window must be whole weeks: ${w.from} to ${w.to}`);
}

/** Bits 0..6 for the days of the week starting `ws` that fall in [a, b] (0 when none do). */
function rangeMask(a: SQL, b: SQL, ws: SQL): SQL {
  return sql`(case when greatest((${a}) - (${ws}), 0) > least((${b}) - (${ws}), 6) then 0
    else (1 << (least((${b}) - (${ws}), 6) + 1)) - (1 << greatest((${a}) - (${ws}), 0)) end)`;
}

/**
 * A week is settled once its last day is further back than the late-fill window: no check-off
 * can land in it any more, and its figures no longer depend on which day is today.
 */
const settled = (week: SQL, today: SQL) => sql`${week} + ${sql.raw(String(6 + LATE_FILL_DAYS))} < ${today}`;

/** Days of a mask, via bit_count on a 7-bit string. */
const days = (mask: SQL) => sql`bit_count(((${mask}) & 127)::bit(7))`;

/**
 * Joins "users" to `org_day(today)`, its organisation's calendar day at `now`. `offset 0` keeps the
 * subquery whole, so the time-zone conversion runs once per organisation, not once per athlete.
 */
export const withOrgToday = (now: Date) =>
  sql`join (select id, (${now.toISOString()}::timestamptz at time zone time_zone)::date as today from organisations offset 0) org_day on org_day.id = users.org_id`;

/** An athlete's calendar day at `now`: by their own time zone if they set one (needs withOrgToday). */
export const athleteToday = (now: Date) => sql`coalesce((${now.toISOString()}::timestamptz at time zone users.time_zone)::date, org_day.today)`;

/**
 * CTEs ending in `adh_weeks(athlete_id, week, due, done)`: one row per athlete and week in which
 * something was active. `athletes` is a condition on "users" choosing whose adherence to count.
 * Use as `with ${adherenceCtes(...)} select ... from adh_weeks`. `athletesFrom`, a query of
 * `(athlete_id, today, version, live_version)`, replaces the one built from `athletes`.
 *
 * Weeks the store holds and can still trust (adherence_weeks, see its schema) are read from it;
 * only the others are counted, and then stored for the next request (adh_keep). Each assignment
 * item meets each such week as seven-bit masks (bit k = the week's k-th day): the days it is
 * active, active up to the athlete's today, scheduled, paused and done. Counting bits keeps the
 * rows to items × weeks instead of items × days.
 */
export function adherenceCtes(athletes: SQL, w: AdherenceWindow, opts: { athletesFrom?: SQL } = {}): SQL {
  assertWholeWeeks(w);
  const from = sql`${w.from}::date`;
  const to = sql`${w.to}::date`;
  const weekCount = sql.raw(String(Math.round((daysBetween(w.from, w.to) + 1) / 7)));
  const isoMask = (days: SQL) => sql`(select coalesce(bit_or(1 << (d - 1)), 0) from unnest(${days}) d)`;
  // Weekday masks are kept by ISO weekday (bit 0 = Monday); a Sunday week moves Sunday to bit 0.
  const toWeekOrder = (m: SQL) => (w.weekStartsOn === 7 ? sql`((((${m}) << 1) | ((${m}) >> 6)) & 127)` : m);
  return sql`
  adh_athletes as (
    ${
      opts.athletesFrom ??
      sql`select users.id as athlete_id, ${athleteToday(w.now)} as today, users.adherence_version as version, users.adherence_live_version as live_version
      from users ${withOrgToday(w.now)}
     where ${athletes}`
    }
  ),
  adh_week_list as (
    select ${from} + 7 * k as ws from generate_series(0, ${weekCount} - 1) k
  ),
  adh_stored as (
    select r.athlete_id, r.week, r.due, r.done
      from adherence_weeks r
      join adh_athletes x on x.athlete_id = r.athlete_id and x.version = r.version
     where r.week_starts_on = ${w.weekStartsOn} and r.week between ${from} and ${to}
       and (case when r.as_of is null then ${settled(sql`r.week`, sql`x.today`)} else r.as_of = x.today and r.live_version = x.live_version end)
  ),
  -- Athlete-weeks with nothing stored that can be trusted: the only ones counted below. Most
  -- athletes have every week stored, so only those short of some are looked at week by week.
  adh_short as (
    select x.athlete_id from adh_athletes x
      left join (select athlete_id, count(*) as n from adh_stored group by athlete_id) c on c.athlete_id = x.athlete_id
     where coalesce(c.n, 0) < ${weekCount}
  ),
  adh_missing as materialized (
    select x.athlete_id, wl.ws from adh_short x cross join adh_week_list wl
     where not exists (select 1 from adh_stored st where st.athlete_id = x.athlete_id and st.week = wl.ws)
  ),
  -- What was done in each of those weeks, per item: one index range scan per athlete-week
  -- (completions by athlete and day), about a tenth as many scans as one per item and week. The
  -- lateral keeps it a scan per athlete-week; as a join, the planner hashed every completion.
  adh_done as materialized (
    select d.assignment_id, d.item_id, wl.ws, d.done
      from adh_missing wl
      cross join lateral (
        select c.assignment_id, c.item_id, bit_or(1 << (c.day - wl.ws)) as done
          from completions c
         where c.athlete_id = wl.athlete_id and c.day between wl.ws and wl.ws + 6
         group by c.assignment_id, c.item_id
      ) d
  ),
  -- Materialised so that each item's schedule mask (a run-days lookup for some) is worked out
  -- once, not again for every week and every use of it below.
  adh_items as materialized (
    select a.id as assignment_id, a.athlete_id, i.id as item_id, i.schedule_kind,
           least(7, greatest(1, coalesce(i.times_per_week, 1)))::int as quota,
           greatest(a.start_day, ${from}) as first_day, least(coalesce(a.end_day, ${to}), ${to}) as last_day,
           x.today,
           ${toWeekOrder(sql`case i.schedule_kind
             when 'daily' then 127
             when 'weekdays' then ${isoMask(sql`i.weekdays`)}
             when 'times-per-week' then 0
             else coalesce((select ${isoMask(sql`ap.run_days`)} from athlete_profiles ap where ap.user_id = a.athlete_id), 0)
           end`)} as sched
      from assignments a
      join adh_athletes x on x.athlete_id = a.athlete_id
      join program_items i on i.version_id = a.version_id
     where a.start_day <= ${to} and (a.end_day is null or a.end_day >= ${from})
  ),
  adh_masks as (
    select it.athlete_id, it.schedule_kind, it.quota, it.sched, wl.ws as week,
           ${rangeMask(sql`it.first_day`, sql`it.last_day`, sql`wl.ws`)} & ~m.paused as open,
           ${rangeMask(sql`it.first_day`, sql`least(it.last_day, it.today)`, sql`wl.ws`)} as past,
           m.paused, m.done
      from adh_items it
      join adh_missing wl on wl.athlete_id = it.athlete_id and wl.ws <= it.last_day and wl.ws + 6 >= it.first_day
      left join adh_done dn on dn.assignment_id = it.assignment_id and dn.item_id = it.item_id and dn.ws = wl.ws
      -- Pauses by one index range scan per item and week (by assignment): the cost follows the
      -- window, never the years of history, and there is no join whose size the planner has to guess.
      cross join lateral (
        select (select coalesce(bit_or(${rangeMask(sql`p.from_day`, sql`coalesce(p.to_day, ${to})`, sql`wl.ws`)}), 0)
                  from assignment_pauses p
                 where p.assignment_id = it.assignment_id and p.from_day <= wl.ws + 6 and (p.to_day is null or p.to_day >= wl.ws)) as paused,
               coalesce(dn.done, 0) as done
        -- offset 0 keeps this a subquery evaluated once per row: flattened, each use of
        -- m.paused and m.done below re-ran its scan (seven and three times).
        offset 0
      ) m
  ),
  adh_item_weeks as (
    select athlete_id, week, schedule_kind, quota,
           ${days(sql`past & ~paused & sched`)} as fixed_due,
           ${days(sql`past & ~paused & sched & done`)} as fixed_done,
           ${days(sql`open`)} as available,
           ${days(sql`open`)} - ${days(sql`past & ~paused`)} as ahead,
           ${days(sql`past & done`)} as done_count
      from adh_masks
  ),
  adh_live as materialized (
    select athlete_id, week,
           sum(case when schedule_kind = 'times-per-week'
                    then greatest(least(quota, available) - ahead, least(done_count, quota, available))
                    else fixed_due end)::int as due,
           sum(case when schedule_kind = 'times-per-week' then least(done_count, quota, available) else fixed_done end)::int as done
      from adh_item_weeks
     group by athlete_id, week
  ),
  -- Weeks counted just now are kept for next time, with the versions they were counted at: a
  -- request that raced a change stores figures that no reader will trust. Rows go in key order
  -- so that two requests storing the same weeks wait for each other instead of deadlocking.
  adh_keep as (
    insert into adherence_weeks (athlete_id, week_starts_on, week, version, live_version, as_of, due, done)
    select l.athlete_id, ${w.weekStartsOn}, l.week, x.version,
           case when ${settled(sql`l.week`, sql`x.today`)} then null else x.live_version end,
           case when ${settled(sql`l.week`, sql`x.today`)} then null else x.today end,
           l.due, l.done
      from adh_live l join adh_athletes x on x.athlete_id = l.athlete_id
     order by l.athlete_id, l.week
    on conflict (athlete_id, week_starts_on, week) do update
       set version = excluded.version, live_version = excluded.live_version, as_of = excluded.as_of, due = excluded.due, done = excluded.done
  ),
  adh_weeks as materialized (
    select athlete_id, week, due, done from adh_stored
    union all
    select athlete_id, week, due, done from adh_live
  )`;
}

export type AthleteWeek = { athleteId: string; week: Day; due: number; done: number };

/** Rows only for weeks in which something was active; callers fill the other weeks in. */
export async function adherenceByAthleteWeek(db: DbOrTx, params: { athletes: SQL } & AdherenceWindow): Promise<AthleteWeek[]> {
  const result = await db.execute(sql`with ${adherenceCtes(params.athletes, params)}
    select athlete_id as "athleteId", week::text as week, due, done from adh_weeks order by athlete_id, week`);
  return rowsOf<AthleteWeek>(result);
}
