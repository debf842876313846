/**
 * The coach roster, one page at a time: search, filters, sorting and paging all happen in SQL,
 * and adherence is computed (adherence-sql.ts) for the page only, unless the page is ordered by
 * adherence, when every athlete the filters keep needs it: then it is read from each athlete's
 * stored recent weeks (adherence-recent.ts).
 */
import { and, type SQL, sql } from "drizzle-orm";
import type { RosterSort } from "../../server/schemas/dashboard";
import type { Day } from "../../server/domain/calendar";
import type { CaseStatus, CaseTier, ReturnToRun } from "../../server/domain/vocab";
import { type DbOrTx, rowsOf } from "../client";
import { recentAdherenceCtes, sumOf } from "./adherence-recent";
import { type AdherenceWindow, adherenceCtes } from "./adherence-sql";
import { containsPattern } from "./sql-helpers";

export type RosterFilters = {
  /** The viewer's visible athletes (server/access.ts). */
  athletes: SQL;
  teamId: string | null;
  search: string;
  tier: CaseTier | "none" | null;
  returnToRun: ReturnToRun | "none" | null;
};

const openCase = sql`(select c.tier from cases c where c.athlete_id = users.id and c.status <> 'resolved' limit 1)`;
const latestRtr = sql`(select r.status from return_to_run r where r.athlete_id = users.id order by r.set_at desc limit 1)`;

/** The filters as one condition on "users". */
export function rosterCondition(f: RosterFilters): SQL {
  return and(
    f.athletes,
    f.teamId ? sql`exists (select 1 from team_members m where m.user_id = users.id and m.team_id = ${f.teamId})` : undefined,
    f.search ? sql`(users.name ilike ${containsPattern(f.search)} or users.email ilike ${containsPattern(f.search)})` : undefined,
    f.tier === "none" ? sql`${openCase} is null` : f.tier ? sql`${openCase} = ${f.tier}` : undefined,
    f.returnToRun === "none" ? sql`${latestRtr} is null` : f.returnToRun ? sql`${latestRtr} = ${f.returnToRun}` : undefined,
  )!;
}

const ratio = (done: string, due: string) => sql.raw(`case when ${due} > 0 then ${done}::float / ${due} end`);
const ORDER: Record<RosterSort, SQL> = {
  name: sql`lower(b.name)`,
  team: sql`lower(b.teams[1])`,
  lastPain: sql`b.pain_now`,
  thisWeek: ratio("s.week_done", "s.week_due"),
  last4Weeks: ratio("s.done", "s.due"),
  case: sql`case b.tier when 'emergency' then 0 when 'same-day' then 1 when 'routine' then 2 when 'watch' then 3 end`,
  returnToRun: sql`case b.return_to_run when 'no-running' then 0 when 'modified-training' then 1 when 'cleared' then 2 end`,
};
const BY_ADHERENCE = new Set<RosterSort>(["thisWeek", "last4Weeks"]);

/** Per athlete: this week's and the four weeks' due and done (the window is the last four weeks). */
const adherenceSumsCte = (thisWeek: Day) => sql`adh_sum as materialized (
    select athlete_id, sum(due) filter (where week = ${thisWeek}::date)::int as week_due, sum(done) filter (where week = ${thisWeek}::date)::int as week_done,
           sum(due)::int as due, sum(done)::int as done
      from adh_weeks group by athlete_id)`;

/** The same per athlete from each athlete's four recent weeks (the window is those four weeks, this one last). */
const recentSumsCte = sql`adh_sum as materialized (
    select athlete_id, due[4] as week_due, done[4] as week_done, ${sumOf("due")} as due, ${sumOf("done")} as done from adh_recent)`;

type BaseRow = {
  id: string;
  name: string;
  email: string;
  teams: string[];
  pain_now: number | null;
  pain_day: string | null;
  pain_hidden: boolean;
  tier: CaseTier | null;
  case_status: CaseStatus | null;
  return_to_run: ReturnToRun | null;
  total: number;
};
type Sums = { athlete_id: string; week_due: number | null; week_done: number | null; due: number; done: number };

export async function rosterPage(
  db: DbOrTx,
  params: RosterFilters & { hidePainFromCoach: boolean; sort: RosterSort; desc: boolean; page: number; pageSize: number | null; window: AdherenceWindow; thisWeek: Day; spark: { from: Day; to: Day } },
) {
  const condition = rosterCondition(params);
  const hidden = params.hidePainFromCoach ? sql`coalesce(ap.coach_sees_pain_details, true) = false` : sql`false`;
  const byAdherence = BY_ADHERENCE.has(params.sort);
  const dir = sql.raw(params.desc ? "desc" : "asc");
  const limit = params.pageSize === null ? sql`` : sql`limit ${params.pageSize} offset ${params.page * params.pageSize}`;
  // Ordered by name or adherence, the page is chosen first (from "users", and the adherence sums)
  // and only its rows get the costly columns (teams, last pain, case, return to run); other
  // orders need those columns for every athlete.
  const pageFirstSort = params.sort === "name" || byAdherence;
  const pageFirst = byAdherence
    ? sql`pg as (
    select users.id, count(*) over ()::int as total, s.week_due, s.week_done, s.due, s.done
      from users left join adh_sum s on s.athlete_id = users.id where ${condition}
     order by ${ORDER[params.sort]} ${dir} nulls last, lower(users.name), users.id ${limit})`
    : sql`pg as (
    select users.id, count(*) over ()::int as total from users where ${condition}
     order by lower(users.name) ${dir} nulls last, lower(users.name), users.id ${limit})`;
  const base = sql`base as (
    select users.id, users.name, users.email,
           coalesce((select array_agg(t.name order by t.name) from team_members m join teams t on t.id = m.team_id
                      where m.user_id = users.id and t.archived_at is null), '{}') as teams,
           case when ${hidden} then null else lp.pain_now end as pain_now,
           case when ${hidden} then null else lp.day::text end as pain_day,
           ${hidden} as pain_hidden,
           oc.tier, oc.status as case_status, ${latestRtr} as return_to_run
      from users
      left join athlete_profiles ap on ap.user_id = users.id
      left join lateral (select p.pain_now, p.day from pain_reports p where p.athlete_id = users.id
                          order by p.day desc, p.reported_at desc limit 1) lp on true
      left join cases oc on oc.athlete_id = users.id and oc.status <> 'resolved'
     where ${pageFirstSort ? sql`users.id in (select id from pg)` : condition})`;
  const order = sql`order by ${ORDER[params.sort]} ${dir} nulls last, lower(b.name), b.id`;
  // The page's adherence and 14-day pain line come in the same statement: a coach's roster is
  // one round trip, not three.
  const pageAdherence = sql`${adherenceCtes(sql`users.id in (select id from pg)`, params.window)}, ${adherenceSumsCte(params.thisWeek)}`;
  // The line with one entry per day (null where nothing was reported), as JSON text: one parse per
  // row, nothing to re-index. Not an int[]: postgres.js reads its nulls as NaN.
  const spark = sql`case when b.pain_hidden then null else (
      select json_agg(d.pain order by g.day)::text from generate_series(${params.spark.from}::date, ${params.spark.to}::date, interval '1 day') g(day)
        left join (select p.day, max(p.pain_now)::int as pain from pain_reports p
                    where p.athlete_id = b.id and p.day between ${params.spark.from}::date and ${params.spark.to}::date group by p.day) d
          on d.day = g.day::date) end as spark`;
  const sums = sql`s.week_due, s.week_done, s.due, s.done`;
  const query = byAdherence
    ? sql`with ${recentAdherenceCtes(condition, params.window)}, ${recentSumsCte}, ${pageFirst}, ${base}
        select b.*, s.total, ${sums}, ${spark} from base b join pg s on s.id = b.id ${order}`
    : pageFirstSort
      ? sql`with ${pageFirst}, ${base}, ${pageAdherence}
        select b.*, pg.total, ${sums}, ${spark} from base b join pg on pg.id = b.id left join adh_sum s on s.athlete_id = b.id ${order}`
      : sql`with ${base}, pg as (select b.id, count(*) over ()::int as total from base b ${order} ${limit}), ${pageAdherence}
        select b.*, pg.total, ${sums}, ${spark} from base b join pg on pg.id = b.id left join adh_sum s on s.athlete_id = b.id ${order}`;
  const rows = rowsOf<BaseRow & Partial<Sums> & { spark: string | null }>(await db.execute(query));
  return {
    rows: rows.map((r) => ({
      ...r,
      spark: r.spark === null ? null : (JSON.parse(r.spark) as (number | null)[]),
      sums: r.due === null || r.due === undefined ? null : (r as Partial<Sums>),
    })),
    total: rows[0]?.total ?? (params.page > 0 ? await countOf(db, condition) : 0),
  };
}

/** This week's and the window's due and done per athlete, for the athletes a condition on "users" picks. */
export async function adherenceSums(db: DbOrTx, params: { athletes: SQL; window: AdherenceWindow; thisWeek: Day }) {
  const result = await db.execute(sql`with ${adherenceCtes(params.athletes, params.window)}, ${adherenceSumsCte(params.thisWeek)} select * from adh_sum`);
  return new Map(rowsOf<Sums>(result).map((s) => [s.athlete_id, s as Partial<Sums>]));
}

/** A page past the end has no rows to carry the total, so it is counted on its own. */
async function countOf(db: DbOrTx, condition: SQL) {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from users where ${condition}`));
  return row?.n ?? 0;
}
