/**
 * Team-wide figures for the coach dashboard, each one GROUP BY in the database over a set of
 * athletes (a condition on "users"). Weeks are zero-filled with generate_series so a quiet week
 * shows as a zero rather than vanishing.
 */
import { type SQL, sql } from "drizzle-orm";
import { type Day, type WeekStartsOn, weeksBetween } from "../../server/domain/calendar";
import { type DbOrTx, rowsOf } from "../client";
import { rollupCutoffs } from "../../server/domain/rollups";
import { bandCounts, fillOrgWeekPain, type PainBands, trustedOrgWeekPain, worstPainCte } from "./rollups";
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
