/**
 * Keeps the adherence store (adherence_weeks), each athlete's recent-weeks row and the weekly
 * rollups filled ahead of the dashboards. Without it the first admin view of a federation after
 * a new day, a new week or a deploy counts every athlete's weeks from the raw check-offs while
 * the admin waits (seconds at 10,000 athletes); with it, that view only reads what is stored. Runs with the hourly scheduled check.
 *
 * Each batch is its own short statement, so requests on the embedded database are never held
 * up for long, and row locks of the store are released batch by batch. Instances that run it at
 * the same moment skip the batch another one holds; a batch already fresh costs one read.
 */
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../db/client";
import { recentAdherenceCtes } from "../../db/queries/adherence-recent";
import { adherenceCtes } from "../../db/queries/adherence-sql";
import { teamAdherence } from "../../db/queries/team-adherence";
import { fillOrgWeekPain, fillTeamWeekAdherence, trustedOrgWeekPain, trustedTeamWeeks } from "../../db/queries/rollups";
import { organisations, teams, users } from "../../db/schema";
import { type Day, weeksBetween } from "../domain/calendar";
import { rollupCutoffs } from "../domain/rollups";
import { weekRange } from "../domain/ranges";
import { orgAthletesCondition, orgTeamsCondition } from "../access";
import { type calendarAt, orgCalendar, recentWindow } from "./org-calendar";

/**
 * Athletes per statement. From an empty store a batch is about 0.1 s of counting on a PostgreSQL
 * server and about 1 s on the embedded database, where requests wait behind it; a batch with
 * nothing to count is one short read.
 */
export const WARMUP_BATCH = 50;

export type WarmupResult = { organisations: number; batches: number; skipped: number; weeksCounted: number };

export async function warmAdherenceStore(db: Db, opts: { now?: Date; batch?: number } = {}): Promise<WarmupResult> {
  const now = opts.now ?? new Date();
  const batch = opts.batch ?? WARMUP_BATCH;
  const orgs = await db.select({ id: organisations.id }).from(organisations).orderBy(asc(organisations.id));
  const result: WarmupResult = { organisations: orgs.length, batches: 0, skipped: 0, weeksCounted: 0 };
  for (const org of orgs) {
    const cal = await orgCalendar(db, org.id, now);
    // The window the dashboards ask for by default (12 weeks); the roster's 4 weeks lie inside it.
    const range = weekRange("12w", cal.today, cal.weekStartsOn);
    const window = { from: range.from, to: range.to, weekStartsOn: cal.weekStartsOn, now };
    const recent = recentWindow(cal);
    for (const [low, high] of await idRanges(db, org.id, batch)) {
      const athletes = and(eq(users.orgId, org.id), eq(users.role, "athlete"), gte(users.id, low), high ? lt(users.id, high) : undefined)!;
      const counted = await db.transaction(async (tx) => {
        const [lock] = rowsOf<{ locked: boolean }>(
          await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext('upright'), hashtext(${`adherence-warmup:${org.id}:${low}`})) as locked`),
        );
        if (!lock?.locked) return null;
        // Only the weeks the store lacks or can no longer trust are counted (and then kept), and
        // then each athlete's recent-weeks row from them.
        const [row] = rowsOf<{ n: number }>(await tx.execute(sql`with ${adherenceCtes(athletes, window)} select count(*)::int as n from adh_live`));
        await tx.execute(sql`with ${recentAdherenceCtes(athletes, recent)} select count(*) from rec_new`);
        return row?.n ?? 0;
      });
      if (counted === null) result.skipped++;
      else {
        result.batches++;
        result.weeksCounted += counted;
      }
    }
    await warmRollups(db, org.id, cal, range.from);
  }
  return result;
}

/**
 * The weekly rollups the default charts read, from the store just warmed: a team's rows are
 * counted again only where its members or their versions changed. Then the organisation-wide
 * sums of the recent weeks, which a new day makes stale, so that a morning's first admin view
 * reads them instead of counting them.
 */
async function warmRollups(db: Db, orgId: string, cal: ReturnType<typeof calendarAt>, from: Day) {
  const now = cal.now;
  const { adherenceBefore, painBefore } = rollupCutoffs(cal.thisWeek);
  await db.transaction(async (tx) => {
    const [lock] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext('upright'), hashtext(${`rollup-warmup:${orgId}`})) as locked`));
    if (!lock?.locked) return;
    const orgTeams = sql`select teams.id from teams where teams.org_id = ${orgId} and teams.archived_at is null`;
    const stale = rowsOf<{ id: string }>(
      await tx.execute(sql`
        with rolled as ${trustedTeamWeeks({ teamIds: orgTeams, weekStartsOn: cal.weekStartsOn, from, before: adherenceBefore })}
        select t.id from (${orgTeams}) t left join (select team_id, count(*) as n from rolled group by team_id) r on r.team_id = t.id
         where coalesce(r.n, 0) < ${weeksBetween(from, adherenceBefore)}`),
    ).map((r) => r.id);
    if (stale.length > 0) {
      await fillTeamWeekAdherence(tx, { teams: inArray(teams.id, stale), weekStartsOn: cal.weekStartsOn, from, before: adherenceBefore, now });
    }
    const pain = { orgId, weekStartsOn: cal.weekStartsOn, from, before: painBefore };
    if ((await trustedOrgWeekPain(tx, pain)).length < weeksBetween(from, painBefore)) {
      await fillOrgWeekPain(tx, pain);
    }
    await teamAdherence(tx, {
      orgId,
      athletes: orgAthletesCondition(orgId),
      teams: orgTeamsCondition(orgId),
      hidePainFromCoach: false,
      timeZone: cal.timeZone,
      weekStartsOn: cal.weekStartsOn,
      window: recentWindow(cal),
      chartFrom: from,
      lastWeek: cal.thisWeek,
      orgWide: true,
    });
  });
}

/** [first id, first id of the next batch] of the organisation's athletes, in id order. */
async function idRanges(db: Db, orgId: string, batch: number): Promise<[string, string | null][]> {
  const starts = rowsOf<{ id: string }>(
    await db.execute(sql`
      select id from (select id, row_number() over (order by id) as n from users where org_id = ${orgId} and role = 'athlete') x
       where (n - 1) % ${batch} = 0 order by id`),
  ).map((r) => r.id);
  return starts.map((id, i) => [id, starts[i + 1] ?? null]);
}
