/**
 * One athlete's history for the progress page: pain reports in a period, the latest OSTRC-O2
 * response of each week, and the timeline of program changes and case events. Days are the
 * athlete's own calendar days.
 */
import { sql } from "drizzle-orm";
import type { Day, WeekStartsOn } from "../../server/domain/calendar";
import type { CaseEventKind, CaseOutcome, CaseStatus, CaseTier } from "../../server/domain/vocab";
import { type DbOrTx, rowsOf } from "../client";
import { isoSql, weekStartSql } from "./sql-helpers";

type Params = { athleteId: string; from: Day; to: Day };

export async function painPoints(db: DbOrTx, p: Params) {
  return rowsOf<{ id: string; day: Day; reportedAt: string; painNow: number; painWorstRun: number | null }>(
    await db.execute(sql`
      select id, day::text as day, ${isoSql(sql`reported_at`)} as "reportedAt", pain_now as "painNow", pain_worst_run as "painWorstRun"
        from pain_reports where athlete_id = ${p.athleteId} and day between ${p.from}::date and ${p.to}::date
       order by day, reported_at`),
  );
}

/** OSTRC-O2 asks about the past seven days: the week's latest response stands for the week. */
export async function ostrcWeeks(db: DbOrTx, p: Params & { weekStartsOn: WeekStartsOn }) {
  return rowsOf<{ week: Day; day: Day; q1: number | null; q2: number | null; q3: number | null; q4: number | null }>(
    await db.execute(sql`
      select distinct on (week) week::text as week, day::text as day, ostrc_q1 as q1, ostrc_q2 as q2, ostrc_q3 as q3, ostrc_q4 as q4
        from (select *, ${weekStartSql(sql`day`, p.weekStartsOn)} as week from pain_reports
               where athlete_id = ${p.athleteId} and ostrc_version = 'OSTRC-O2' and day between ${p.from}::date and ${p.to}::date) r
       order by week, day desc, reported_at desc`),
  );
}

export type TimelineRow = {
  day: Day;
  kind: "program-started" | "program-ended" | "program-paused" | "program-resumed" | CaseEventKind;
  program: string | null;
  version: number | null;
  tier: CaseTier | null;
  status: string | null;
  outcome: CaseOutcome | null;
};

/**
 * Program starts, ends, pauses and resumes, and the case events anyone on the page may see.
 * Notes and triggers never appear: their content is for clinic staff, on the case page.
 */
export async function timeline(db: DbOrTx, p: Params & { timeZone: string }) {
  return rowsOf<TimelineRow>(
    await db.execute(sql`
      with a as (
        select a.id, a.start_day, a.end_day, pr.name as program, v.version
          from assignments a join programs pr on pr.id = a.program_id join program_versions v on v.id = a.version_id
         where a.athlete_id = ${p.athleteId})
      select day, kind, program, version, tier, status, outcome from (
        select start_day::text as day, null::timestamptz as at, 'program-started' as kind, program, version, null as tier, null as status, null as outcome from a
        union all
        select end_day::text, null, 'program-ended', program, version, null, null, null from a where end_day is not null
        union all
        select ps.from_day::text, null, 'program-paused', a.program, a.version, null, null, null from assignment_pauses ps join a on a.id = ps.assignment_id
        union all
        select (ps.to_day + 1)::text, null, 'program-resumed', a.program, a.version, null, null, null
          from assignment_pauses ps join a on a.id = ps.assignment_id where ps.to_day is not null
        union all
        select ((e.at at time zone ${p.timeZone})::date)::text, e.at, e.kind::text, null, null,
               coalesce(e.data->>'to', e.data->>'tier', case when e.kind = 'opened' then c.tier::text end),
               e.data->>'status', e.data->>'outcome'
          from case_events e join cases c on c.id = e.case_id
         where c.athlete_id = ${p.athleteId}
           and e.kind in ('opened', 'tier-raised', 'acknowledged', 'return-to-run', 'assignments-changed', 'resolved', 'reopened')
      ) t
      where day between ${p.from} and ${p.to}
      order by day, at nulls first, kind`),
  );
}

export async function casesOfAthlete(db: DbOrTx, params: { athleteId: string }) {
  return rowsOf<{ id: string; tier: CaseTier; status: CaseStatus; openedAt: string; resolvedAt: string | null; outcome: CaseOutcome | null }>(
    await db.execute(sql`
      select id, tier, status, ${isoSql(sql`opened_at`)} as "openedAt", ${isoSql(sql`resolved_at`)} as "resolvedAt", outcome
        from cases where athlete_id = ${params.athleteId} order by opened_at desc`),
  );
}

/** The first day anything is known about the athlete: where "all" starts. */
export async function firstDayOfAthlete(db: DbOrTx, params: { athleteId: string; timeZone: string }): Promise<Day | null> {
  const [row] = rowsOf<{ day: string | null }>(
    await db.execute(sql`
      select least(
        (select min(day) from pain_reports where athlete_id = ${params.athleteId}),
        (select min(start_day) from assignments where athlete_id = ${params.athleteId}),
        (select (min(opened_at) at time zone ${params.timeZone})::date from cases where athlete_id = ${params.athleteId})
      )::text as day`),
  );
  return row?.day ?? null;
}
