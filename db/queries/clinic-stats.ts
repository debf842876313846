/**
 * Clinic-wide case figures for physiotherapists and admins, aggregated in SQL. A period is a set
 * of whole local days in the organisation's zone, turned into timestamp bounds so the indexes on
 * opened_at and at can be used.
 */
import { sql } from "drizzle-orm";
import type { Day } from "../../server/domain/calendar";
import type { CaseOutcome, CaseTier } from "../../server/domain/vocab";
import { type DbOrTx, rowsOf } from "../client";

type Period = { orgId: string; timeZone: string; from: Day; to: Day };
const lower = (p: Period) => sql`((${p.from}::date)::timestamp at time zone ${p.timeZone})`;
const upper = (p: Period) => sql`((${p.to}::date + 1)::timestamp at time zone ${p.timeZone})`;

export async function openCasesByTier(db: DbOrTx, params: { orgId: string; now: Date }) {
  return rowsOf<{ tier: CaseTier; open: number; overdue: number }>(
    await db.execute(sql`
      select tier, count(*)::int as open,
             count(*) filter (where status = 'open' and ack_due_at < ${params.now.toISOString()}::timestamptz)::int as overdue
        from cases where org_id = ${params.orgId} and status <> 'resolved'
       group by tier`),
  );
}

/**
 * For cases opened in the period: how many were acknowledged and resolved, and the median hours
 * to each, per tier and overall (tier null). The first acknowledgement counts, even when a raised
 * tier later asked for another; a case resolved without one counts as acknowledged on resolving.
 */
export async function caseTimings(db: DbOrTx, p: Period) {
  return rowsOf<{ tier: CaseTier | null; opened: number; acknowledged: number; medianAckHours: number | null; resolved: number; medianResolveHours: number | null }>(
    await db.execute(sql`
      with c as (
        select c.tier, c.opened_at, c.resolved_at,
               least((select min(e.at) from case_events e where e.case_id = c.id and e.kind = 'acknowledged'), c.acknowledged_at) as first_ack
          from cases c
         where c.org_id = ${p.orgId} and c.opened_at >= ${lower(p)} and c.opened_at < ${upper(p)})
      select tier, count(*)::int as opened, count(first_ack)::int as acknowledged,
             (percentile_cont(0.5) within group (order by extract(epoch from first_ack - opened_at)) / 3600)::float as "medianAckHours",
             count(resolved_at)::int as resolved,
             (percentile_cont(0.5) within group (order by extract(epoch from resolved_at - opened_at)) / 3600)::float as "medianResolveHours"
        from c
       group by grouping sets ((tier), ())`),
  );
}

export async function outcomes(db: DbOrTx, p: Period) {
  return rowsOf<{ outcome: CaseOutcome; count: number }>(
    await db.execute(sql`
      select outcome, count(*)::int as count from cases
       where org_id = ${p.orgId} and status = 'resolved' and resolved_at >= ${lower(p)} and resolved_at < ${upper(p)}
       group by outcome`),
  );
}

/** Per active physiotherapist: open cases assigned to them, and what they did in the period. */
export async function physioWorkload(db: DbOrTx, p: Period) {
  return rowsOf<{ id: string; name: string; openAssigned: number; acknowledged: number; resolved: number; notes: number }>(
    await db.execute(sql`
      with acts as (
        select e.actor_id, e.kind from case_events e join cases c on c.id = e.case_id
         where c.org_id = ${p.orgId} and e.at >= ${lower(p)} and e.at < ${upper(p)} and e.kind in ('acknowledged', 'resolved', 'note'))
      select u.id, u.name,
             (select count(*) from cases c where c.assignee_id = u.id and c.status <> 'resolved')::int as "openAssigned",
             (select count(*) from acts where acts.actor_id = u.id and acts.kind = 'acknowledged')::int as acknowledged,
             (select count(*) from acts where acts.actor_id = u.id and acts.kind = 'resolved')::int as resolved,
             (select count(*) from acts where acts.actor_id = u.id and acts.kind = 'note')::int as notes
        from users u
       where u.org_id = ${p.orgId} and u.role = 'physio' and u.active
       order by u.name`),
  );
}

export async function earliestCaseDay(db: DbOrTx, params: { orgId: string; timeZone: string }): Promise<Day | null> {
  const [row] = rowsOf<{ day: string | null }>(
    await db.execute(sql`select (min(opened_at) at time zone ${params.timeZone})::date::text as day from cases where org_id = ${params.orgId}`),
  );
  return row?.day ?? null;
}
