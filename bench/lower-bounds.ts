/**
 * The SQL lower bound of each benchmarked procedure: one hand-written statement, one round trip,
 * that returns the same figures as the procedure (rows, counts, weekly series), with no session
 * check, no access module and no shaping in TypeScript. Adherence reuses the one SQL definition
 * of it (adherenceCtes, with its store of settled weeks) and reads the same stored rows the
 * procedures read (each athlete's recent weeks and weekly worst pain, the weekly rollups):
 * writing the rules a second time would measure a different computation, not a faster one.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { recentAdherenceCtes, sumOf } from "../db/queries/adherence-recent";
import { adherenceCtes, athleteToday, withOrgToday } from "../db/queries/adherence-sql";
import { recentSeed, stateHashOf } from "../db/queries/recent-rollups";
import { orgAthletesFingerprint, teamFingerprint, trustedTeamWeeks } from "../db/queries/rollups";
import { rollupCutoffs } from "../server/domain/rollups";
import { addDays, localDay, weekStart } from "../server/domain/calendar";

type Ids = { orgId: string; coachId: string; athleteId: string; caseId: string | null };

const TZ = "Europe/London";

export async function lowerBounds(db: Db, ids: Ids) {
  const now = new Date();
  const today = localDay(now, TZ);
  const thisWeek = weekStart(today, 1);
  const last4 = { from: addDays(thisWeek, -21), to: addDays(thisWeek, 6), weekStartsOn: 1 as const, now };
  const from12 = addDays(thisWeek, -77);
  const w12 = { from: from12, to: addDays(thisWeek, 6), weekStartsOn: 1 as const, now };
  const sparkFrom = addDays(today, -13);
  const orgAthletes = sql`users.org_id = ${ids.orgId} and users.role = 'athlete' and users.active`;
  const coachAthletes = sql`${orgAthletes} and exists (select 1 from team_members m join team_members c on c.team_id = m.team_id
                              where m.user_id = users.id and c.user_id = ${ids.coachId})`;
  const weeks12 = sql`(select w::date as week from generate_series(${from12}::date, ${thisWeek}::date, interval '7 days') w)`;

  /** One roster page: teams, last pain, open case, return to run, adherence sums and a 14-day pain line. */
  const roster = (athletes: SQL, hidePain: boolean, byAdherence: boolean) => {
    const hidden = hidePain ? sql`coalesce(ap.coach_sees_pain_details, true) = false` : sql`false`;
    const adherenceFor = byAdherence ? athletes : sql`users.id in (select id from pg)`;
    // The page is chosen first (by name) unless adherence orders it: then every athlete's sums are needed.
    const page = byAdherence
      ? sql`pg as (select users.id, count(*) over () as total from users left join adh_sum s on s.athlete_id = users.id where ${athletes}
                    order by s.done::float / nullif(s.due, 0) nulls last, lower(users.name), users.id limit 25)`
      : sql`pg as (select users.id, count(*) over () as total from users where ${athletes} order by lower(users.name), users.id limit 25)`;
    const pageFirst = byAdherence ? sql`` : sql`${page},`;
    const pageAfter = byAdherence ? sql`, ${page}` : sql``;
    return () =>
      db.execute(sql`with ${pageFirst} ${
        byAdherence
          ? sql`${recentAdherenceCtes(adherenceFor, last4)},
          adh_sum as (select athlete_id, due[4] as week_due, done[4] as week_done, ${sumOf("due")} as due, ${sumOf("done")} as done from adh_recent)`
          : sql`${adherenceCtes(adherenceFor, last4)},
          adh_sum as (select athlete_id, sum(due) filter (where week = ${thisWeek}::date) as week_due, sum(done) filter (where week = ${thisWeek}::date) as week_done,
                             sum(due) as due, sum(done) as done from adh_weeks group by athlete_id)`
      } ${pageAfter}
        select pg.total, u.id, u.name, u.email,
               (select array_agg(t.name order by t.name) from team_members m join teams t on t.id = m.team_id where m.user_id = u.id and t.archived_at is null) as teams,
               case when ${hidden} then null else lp.pain_now end as pain_now, case when ${hidden} then null else lp.day end as pain_day,
               oc.tier, oc.status,
               (select r.status from return_to_run r where r.athlete_id = u.id order by r.set_at desc limit 1) as rtr,
               s.week_due, s.week_done, s.due, s.done,
               case when ${hidden} then null else (select array_agg(d.pain order by d.day) from (
                 select p.day, max(p.pain_now) as pain from pain_reports p where p.athlete_id = u.id and p.day between ${sparkFrom}::date and ${today}::date group by p.day) d) end as spark
          from pg join users u on u.id = pg.id
          left join athlete_profiles ap on ap.user_id = u.id
          left join lateral (select p.pain_now, p.day from pain_reports p where p.athlete_id = u.id order by p.day desc, p.reported_at desc limit 1) lp on true
          left join cases oc on oc.athlete_id = u.id and oc.status <> 'resolved'
          left join adh_sum s on s.athlete_id = u.id
         order by ${byAdherence ? sql`s.done::float / nullif(s.due, 0) nulls last, lower(u.name), u.id` : sql`lower(u.name), u.id`}`,
      );
  };

  /** Key figures, adherence per team and week, athletes by pain band per week, new cases per week. */
  const team = (athletes: SQL, teams: SQL, hidePain: boolean) => {
    const shares = hidePain ? sql`coalesce((select ap.coach_sees_pain_details from athlete_profiles ap where ap.user_id = users.id), true)` : sql`true`;
    return () =>
      db.execute(sql`with ${adherenceCtes(athletes, w12)},
          a as (select users.id, ${shares} as shares from users where ${athletes}),
          per_athlete as (select sum(done)::float / nullif(sum(due), 0) as r from adh_weeks where week >= ${addDays(thisWeek, -21)}::date group by athlete_id),
          worst as (select p.athlete_id, p.week, p.worst as pain
                      from athlete_week_pain p join a on a.id = p.athlete_id and a.shares where p.org_id = ${ids.orgId} and p.week_starts_on = 1 and p.week between ${from12}::date and ${thisWeek}::date)
        select json_build_object(
          'athletes', (select count(*) from a), 'sharing', (select count(*) from a where shares),
          'inPain', (select count(*) from athlete_week_pain p join a on a.id = p.athlete_id and a.shares
                      where p.org_id = ${ids.orgId} and p.week_starts_on = 1 and p.week = ${thisWeek}::date and p.worst > 0),
          'open', (select count(*) from cases c join a on a.id = c.athlete_id where c.status <> 'resolved'),
          'urgent', (select count(*) from cases c join a on a.id = c.athlete_id where c.status <> 'resolved' and c.tier in ('emergency', 'same-day')),
          'mean', (select avg(r) from per_athlete), 'withDue', (select count(r) from per_athlete),
          'byTeam', (select json_agg(x) from (
              select t.id, t.name, w.week, coalesce(sum(aw.due), 0) as due, coalesce(sum(aw.done), 0) as done
                from teams t cross join ${weeks12} w left join team_members m on m.team_id = t.id
                left join adh_weeks aw on aw.athlete_id = m.user_id and aw.week = w.week
               where ${teams} group by t.id, t.name, w.week) x),
          'bands', (select json_agg(x) from (
              select w.week, count(*) filter (where worst.pain = 0) as none, count(*) filter (where worst.pain between 1 and 3) as mild,
                     count(*) filter (where worst.pain between 4 and 6) as moderate, count(*) filter (where worst.pain >= 7) as severe
                from ${weeks12} w left join worst on worst.week = w.week group by w.week) x),
          'newCases', (select json_agg(x) from (
              select w.week, count(c.id) as n from ${weeks12} w
                left join cases c on c.athlete_id in (select id from a)
                 and (c.opened_at at time zone ${TZ})::date between w.week and w.week + 6 group by w.week) x),
          'teams', (select json_agg(t.name order by t.name) from teams t where ${teams}))`,
      );
  };

  /**
   * The admin's organisation-wide charts as the procedure gets them: final weeks from the weekly
   * rollups (still trusted by their fingerprints), the open weeks and the mean from the stored team
   * and organisation sums of the recent weeks (trusted by their state hashes), pain from each
   * athlete's weekly worst.
   */
  const teamOrgWide = () => {
    const { adherenceBefore, painBefore } = rollupCutoffs(thisWeek);
    const liveBands = sql`(select w::date as week from generate_series(${painBefore}::date, ${thisWeek}::date, interval '7 days') w)`;
    const open = [0, 1, 2, 3].map((i) => ({ i: i + 1, week: addDays(last4.from, 7 * i) })).filter((w) => w.week >= adherenceBefore);
    const hash = stateHashOf(sql`x.id`, sql`x.seed`);
    return db.execute(sql`with
        who as materialized (
          select users.id, users.adherence_version as version,
                 ${recentSeed(sql`users.adherence_version`, sql`users.adherence_live_version`, athleteToday(now), last4.from)} as seed
            from users ${withOrgToday(now)} where ${orgAthletes}),
        a as (select id from who),
        t as (select teams.id, teams.name from teams where teams.org_id = ${ids.orgId} and teams.archived_at is null),
        team_now as materialized (select t.id as team_id, ${teamFingerprint(sql`x.id`, sql`x.version`)} as fingerprint, count(x.id)::int as athletes, coalesce(sum(${hash}), 0) as state_hash
                       from t left join team_members m on m.team_id = t.id left join who x on x.id = m.user_id group by t.id),
        team_pass as (select n.team_id, n.fingerprint, r.due, r.done from team_now n
                        join team_recent_adherence r on r.team_id = n.team_id and r.week_starts_on = 1 and r.from_week = ${last4.from}::date
                                                     and r.athletes = n.athletes and r.state_hash = n.state_hash),
        rolled as ${trustedTeamWeeks({ teamIds: sql`select id from t`, fingerprints: sql`team_pass`, weekStartsOn: 1, from: from12, before: adherenceBefore })},
        per_org as (select (r.ratio_sum / nullif(r.with_due, 0))::float8 as mean, r.with_due
                      from org_recent_adherence r join (select count(*)::int as athletes, coalesce(sum(${hash}), 0) as state_hash from who x) n
                        on r.athletes = n.athletes and r.state_hash = n.state_hash
                     where r.org_id = ${ids.orgId} and r.week_starts_on = 1 and r.from_week = ${last4.from}::date),
        worst as (select p.athlete_id, p.week, p.worst as pain
                    from athlete_week_pain p join a on a.id = p.athlete_id where p.org_id = ${ids.orgId} and p.week_starts_on = 1 and p.week between ${painBefore}::date and ${thisWeek}::date)
      select json_build_object(
        'athletes', (select count(*) from a),
        'inPain', (select count(*) from athlete_week_pain p join a on a.id = p.athlete_id
                    where p.org_id = ${ids.orgId} and p.week_starts_on = 1 and p.week = ${thisWeek}::date and p.worst > 0),
        'open', (select count(*) from cases c join a on a.id = c.athlete_id where c.status <> 'resolved'),
        'urgent', (select count(*) from cases c join a on a.id = c.athlete_id where c.status <> 'resolved' and c.tier in ('emergency', 'same-day')),
        'mean', (select mean from per_org), 'withDue', (select with_due from per_org),
        'byTeam', (select json_agg(x) from (
            select team_id, week, due, done from rolled
            union all
            select tp.team_id, lw.week, tp.due[lw.i], tp.done[lw.i] from team_pass tp
             cross join (values ${sql.join(
               open.map((w) => sql`(${w.i}::int, ${w.week}::date)`),
               sql`, `,
             )}) lw(i, week)) x),
        'bands', (select json_agg(x) from (
            select r.week, r.none, r.mild, r.moderate, r.severe from org_week_pain r
             where r.org_id = ${ids.orgId} and r.week_starts_on = 1 and r.week >= ${from12}::date and r.week < ${painBefore}::date
               and r.fingerprint = ${orgAthletesFingerprint(ids.orgId)}
            union all
            select w.week, count(*) filter (where worst.pain = 0), count(*) filter (where worst.pain between 1 and 3),
                   count(*) filter (where worst.pain between 4 and 6), count(*) filter (where worst.pain >= 7)
              from ${liveBands} w left join worst on worst.week = w.week group by w.week) x),
        'newCases', (select json_agg(x) from (
            select w.week, count(c.id) as n from ${weeks12} w
              left join cases c on c.org_id = ${ids.orgId}
               and (c.opened_at at time zone ${TZ})::date between w.week and w.week + 6 group by w.week) x),
        'teams', (select json_agg(t.name order by t.name) from t))`);
  };

  const coachTeams = sql`t.org_id = ${ids.orgId} and t.archived_at is null and t.id in (select team_id from team_members where user_id = ${ids.coachId})`;
  const a = ids.athleteId;
  const caseId = ids.caseId;

  return {
    rosterCoach: roster(coachAthletes, true, false),
    rosterAdmin: roster(orgAthletes, false, false),
    rosterAdminByAdherence: roster(orgAthletes, false, true),
    teamCoach: team(coachAthletes, coachTeams, true),
    teamAdmin: teamOrgWide,
    athleteTimeline: () =>
      db.execute(sql`with ${adherenceCtes(sql`users.id = ${a}`, w12)}
        select json_build_object(
          'pain', (select json_agg(p order by p.day, p.reported_at) from (select id, day, reported_at, pain_now, pain_worst_run from pain_reports
                     where athlete_id = ${a} and day between ${from12}::date and ${today}::date) p),
          'ostrc', (select json_agg(o) from (select distinct on (date_trunc('week', day)) day, ostrc_q1, ostrc_q2, ostrc_q3, ostrc_q4 from pain_reports
                     where athlete_id = ${a} and ostrc_version = 'OSTRC-O2' and day between ${from12}::date and ${today}::date
                     order by date_trunc('week', day), day desc, reported_at desc) o),
          'adherence', (select json_agg(w order by w.week) from adh_weeks w),
          'programs', (select json_agg(x) from (select a.start_day, a.end_day, pr.name, v.version from assignments a
                         join programs pr on pr.id = a.program_id join program_versions v on v.id = a.version_id where a.athlete_id = ${a}) x),
          'pauses', (select json_agg(ps) from assignment_pauses ps join assignments x on x.id = ps.assignment_id where x.athlete_id = ${a}),
          'caseEvents', (select json_agg(e) from case_events e join cases c on c.id = e.case_id where c.athlete_id = ${a}
                          and e.kind in ('opened', 'tier-raised', 'acknowledged', 'return-to-run', 'assignments-changed', 'resolved', 'reopened')),
          'cases', (select json_agg(c order by c.opened_at desc) from (select id, tier, status, opened_at, resolved_at from cases where athlete_id = ${a}) c),
          'rtr', (select row_to_json(r) from (select status, review_day, set_at from return_to_run where athlete_id = ${a} order by set_at desc limit 1) r))`,
      ),
    triageQueue: () =>
      db.execute(sql`
        select c.id, c.athlete_id, u.name, c.tier, c.status, c.reasons, c.opened_at, c.ack_due_at, c.acknowledged_at, c.assignee_id,
               (select x.name from users x where x.id = c.assignee_id) as assignee,
               (select array_agg(t.name order by t.name) from team_members m join teams t on t.id = m.team_id where m.user_id = c.athlete_id and t.archived_at is null) as teams
          from cases c join users u on u.id = c.athlete_id
         where c.org_id = ${ids.orgId} and c.status <> 'resolved'
         order by case c.tier when 'emergency' then 0 when 'same-day' then 1 when 'routine' then 2 else 3 end, c.opened_at`),
    clinic: () => {
      const lo = sql`(${from12}::date)::timestamp at time zone ${TZ}`;
      const hi = sql`(${today}::date + 1)::timestamp at time zone ${TZ}`;
      return db.execute(sql`
        with c as (select c.*, least((select min(e.at) from case_events e where e.case_id = c.id and e.kind = 'acknowledged'), c.acknowledged_at) as first_ack
                     from cases c where c.org_id = ${ids.orgId} and c.opened_at >= ${lo} and c.opened_at < ${hi}),
             acts as (select e.actor_id, e.kind from case_events e join cases c on c.id = e.case_id
                       where c.org_id = ${ids.orgId} and e.at >= ${lo} and e.at < ${hi} and e.kind in ('acknowledged', 'resolved', 'note'))
        select json_build_object(
          'open', (select json_agg(x) from (select tier, count(*), count(*) filter (where status = 'open' and ack_due_at < now()) as overdue
                     from cases where org_id = ${ids.orgId} and status <> 'resolved' group by tier) x),
          'timings', (select json_agg(x) from (select tier, count(*), count(first_ack),
                        percentile_cont(0.5) within group (order by extract(epoch from first_ack - opened_at)) as ack,
                        count(resolved_at), percentile_cont(0.5) within group (order by extract(epoch from resolved_at - opened_at)) as res
                        from c group by grouping sets ((tier), ())) x),
          'outcomes', (select json_agg(x) from (select outcome, count(*) from cases where org_id = ${ids.orgId} and status = 'resolved'
                         and resolved_at >= ${lo} and resolved_at < ${hi} group by outcome) x),
          'workload', (select json_agg(x) from (select u.id, u.name,
                         (select count(*) from cases k where k.assignee_id = u.id and k.status <> 'resolved') as open,
                         (select count(*) filter (where kind = 'acknowledged') from acts where actor_id = u.id) as ack,
                         (select count(*) filter (where kind = 'resolved') from acts where actor_id = u.id) as res,
                         (select count(*) filter (where kind = 'note') from acts where actor_id = u.id) as notes
                         from users u where u.org_id = ${ids.orgId} and u.role = 'physio' and u.active) x),
          'newCases', (select json_agg(x) from (select w.week, count(k.id) from ${weeks12} w left join cases k on k.org_id = ${ids.orgId}
                         and (k.opened_at at time zone ${TZ})::date between w.week and w.week + 6 group by w.week) x))`);
    },
    casePage: () =>
      db.execute(sql`
        with k as (select * from cases where id = ${caseId}),
             logged as (insert into audit_log (org_id, actor_id, action, entity_type, entity_id, athlete_id)
                        select org_id, ${ids.coachId}::uuid, 'case.read', 'case', id::text, athlete_id from k)
        select json_build_object(
          'case', (select row_to_json(k) from k),
          'athlete', (select row_to_json(x) from (select id, name, email from users where id = (select athlete_id from k)) x),
          'events', (select json_agg(e order by e.at, e.seq) from case_events e where e.case_id = ${caseId}),
          'notes', (select json_agg(n order by n.created_at desc) from clinical_notes n where n.case_id = ${caseId}),
          'reports', (select json_agg(p order by p.day desc) from pain_reports p where p.athlete_id = (select athlete_id from k) and p.day >= ${addDays(today, -90)}::date),
          'earlier', (select json_agg(c) from cases c where c.athlete_id = (select athlete_id from k) and c.id <> ${caseId}),
          'rtr', (select row_to_json(r) from (select * from return_to_run where athlete_id = (select athlete_id from k) order by set_at desc limit 1) r),
          'assignments', (select json_agg(x) from assignments x where x.athlete_id = (select athlete_id from k)),
          'completions', (select count(*) from completions c where c.athlete_id = (select athlete_id from k) and c.day >= ${addDays(thisWeek, -21)}::date))`),
  };
}
