/**
 * The four recent weeks summed per team and per organisation (team_recent_adherence and
 * org_recent_adherence, see their schema): what a row is trusted by, and how one athlete's change
 * is carried into the rows they count in.
 *
 * A row holds how many athletes it sums and a state hash: the sum over them of a 64-bit hash of
 * (athlete id, seed), the seed packing what the athlete's recent figures were counted from. Both
 * are recomputed from the athletes' current versions on read; equal means every athlete, and every
 * athlete's figures, are the ones summed. As a sum, the hash changes by exactly what one athlete's
 * new figures change, so a check-off can update the rows instead of leaving them to be recounted.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Day, WeekStartsOn } from "../../server/domain/calendar";
import { sumOf } from "./adherence-recent";

/**
 * What an athlete's recent row was counted from, as one bigint: the adherence version, the live
 * version and the athlete's today (as days after the window's first day). The window itself is
 * checked on the stored row.
 */
export const recentSeed = (version: SQL, liveVersion: SQL, today: SQL, fromWeek: Day) =>
  sql`(((${version})::bigint << 40) + ((${liveVersion})::bigint << 16) + ((${today}) - ${fromWeek}::date))`;

/** One athlete's share of a state hash (sum it; the sum of bigints is numeric). */
export const stateHashOf = (id: SQL, seed: SQL) => sql`uuid_hash_extended(${id}, ${seed})`;

/**
 * An athlete's four-week ratio as an exact numeric, null when nothing was due: sums and
 * differences of these add up exactly, so a row kept by differences equals one counted afresh.
 * `prefix` names the relation holding the `due` and `done` arrays.
 */
export const exactRatio = (prefix: string) => sql`(${sumOf(`${prefix}.done`)}::numeric / nullif(${sumOf(`${prefix}.due`)}, 0))`;

type Keys = { weekStartsOn: WeekStartsOn; fromWeek: Day };

/**
 * CTEs carrying one athlete's recount into the team and organisation rows: `fresh` is a relation
 * of `(athlete_id, version, live_version, today, due, done)` just counted (rec_new) and `old` the
 * same athlete's stored row before it, `(version, live_version, as_of, due, done)`, for the same
 * window. Rows that were not summed from that old row stop matching on read, as they should.
 */
export function carryRecentChange(p: Keys & { fresh: SQL; old: SQL }): SQL {
  const four = (f: (i: number) => SQL) => sql.join([1, 2, 3, 4].map(f), sql`, `);
  const before = stateHashOf(sql`n.athlete_id`, recentSeed(sql`o.version`, sql`o.live_version`, sql`o.as_of`, p.fromWeek));
  const after = stateHashOf(sql`n.athlete_id`, recentSeed(sql`n.version`, sql`n.live_version`, sql`n.today`, p.fromWeek));
  return sql`
  recent_change as (
    select n.athlete_id,
           ${after}::numeric - ${before}::numeric as hash,
           array[${four((i) => sql`n.due[${sql.raw(String(i))}] - o.due[${sql.raw(String(i))}]`)}] as due,
           array[${four((i) => sql`n.done[${sql.raw(String(i))}] - o.done[${sql.raw(String(i))}]`)}] as done,
           coalesce(${exactRatio("n")}, 0) - coalesce(${exactRatio("o")}, 0) as ratio,
           (${exactRatio("n")} is not null)::int - (${exactRatio("o")} is not null)::int as with_due
      from (${p.fresh}) n cross join (${p.old}) o
  ),
  recent_team_change as (
    update team_recent_adherence r
       set state_hash = r.state_hash + c.hash,
           due = array[${four((i) => sql`r.due[${sql.raw(String(i))}] + c.due[${sql.raw(String(i))}]`)}],
           done = array[${four((i) => sql`r.done[${sql.raw(String(i))}] + c.done[${sql.raw(String(i))}]`)}]
      from recent_change c
     where r.team_id in (select m.team_id from team_members m where m.user_id = c.athlete_id)
       and r.week_starts_on = ${p.weekStartsOn} and r.from_week = ${p.fromWeek}::date
  ),
  recent_org_change as (
    update org_recent_adherence r
       set state_hash = r.state_hash + c.hash, ratio_sum = r.ratio_sum + c.ratio, with_due = r.with_due + c.with_due
      from recent_change c join users u on u.id = c.athlete_id
     where r.org_id = u.org_id and r.week_starts_on = ${p.weekStartsOn} and r.from_week = ${p.fromWeek}::date
  )`;
}
