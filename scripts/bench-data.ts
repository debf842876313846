/**
 * A synthetic club for scripts/bench-dashboards.ts: N athletes in teams of 100, one coach of every
 * team, two physiotherapists, three programs each, a year of check-offs and pain reports, and
 * cases. Generated in SQL (generate_series), so a thousand athletes take seconds, not minutes.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";

export async function seedBenchClub(db: Db, athletes: number) {
  const teamsCount = Math.max(1, Math.ceil(athletes / 100));
  await db.execute(sql`insert into organisations (slug, name, time_zone, week_starts_on) values ('bench', 'Bench Harriers', 'Europe/London', 1)`);
  const org = sql`(select id from organisations where slug = 'bench')`;
  await db.execute(sql`insert into users (org_id, email, name, role) values
    (${org}, 'coach@bench.example', 'Bench Coach', 'coach'),
    (${org}, 'physio1@bench.example', 'Bench Physio One', 'physio'),
    (${org}, 'physio2@bench.example', 'Bench Physio Two', 'physio')`);
  await db.execute(sql`insert into users (org_id, email, name, role)
    select ${org}, 'athlete' || g || '@bench.example', 'Athlete ' || lpad(g::text, 4, '0'), 'athlete' from generate_series(1, ${athletes}) g`);
  await db.execute(sql`insert into teams (org_id, name) select ${org}, 'Squad ' || g from generate_series(1, ${teamsCount}) g`);
  await db.execute(sql`insert into team_members (team_id, user_id)
    select t.id, u.id from users u join teams t on t.org_id = u.org_id
     where u.org_id = ${org} and u.role = 'athlete' and t.name = 'Squad ' || (1 + (split_part(split_part(u.email, '@', 1), 'athlete', 2)::int - 1) / 100)
    union all
    select t.id, u.id from users u join teams t on t.org_id = u.org_id where u.email = 'coach@bench.example'`);
  await db.execute(sql`insert into athlete_profiles (user_id, run_days, coach_sees_pain_details)
    select id, case when random() < 0.5 then '{2,4,6}'::smallint[] else '{1,3,5,7}'::smallint[] end, random() > 0.1
      from users where org_id = ${org} and role = 'athlete'`);
  await db.execute(sql`insert into programs (org_id, name) values (${org}, 'Warm-up'), (${org}, 'Core'), (${org}, 'Posture')`);
  await db.execute(sql`insert into program_versions (program_id, version) select id, 1 from programs where org_id = ${org}`);
  const exercise = sql`(select id from exercises where org_id is null order by slug limit 1)`;
  const version = (name: string) => sql`(select v.id from program_versions v join programs p on p.id = v.program_id where p.org_id = ${org} and p.name = ${name})`;
  await db.execute(sql`insert into program_items (version_id, position, exercise_id, dose_kind, minutes, schedule_kind, times_per_week, weekdays) values
    (${version("Warm-up")}, 0, ${exercise}, 'minutes', 5, 'before-run', null, null),
    (${version("Warm-up")}, 1, ${exercise}, 'minutes', 5, 'before-run', null, null),
    (${version("Warm-up")}, 2, ${exercise}, 'minutes', 5, 'after-run', null, null),
    (${version("Core")}, 0, ${exercise}, 'minutes', 5, 'times-per-week', 2, null),
    (${version("Core")}, 1, ${exercise}, 'minutes', 5, 'times-per-week', 2, null),
    (${version("Core")}, 2, ${exercise}, 'minutes', 5, 'times-per-week', 3, null),
    (${version("Core")}, 3, ${exercise}, 'minutes', 5, 'times-per-week', 2, null),
    (${version("Posture")}, 0, ${exercise}, 'minutes', 5, 'daily', null, null),
    (${version("Posture")}, 1, ${exercise}, 'minutes', 5, 'daily', null, null),
    (${version("Posture")}, 2, ${exercise}, 'minutes', 5, 'weekdays', null, '{1,3,5}'::smallint[])`);
  await db.execute(sql`insert into assignments (org_id, athlete_id, program_id, version_id, start_day)
    select ${org}, u.id, p.id, v.id, current_date - 365
      from users u cross join programs p join program_versions v on v.program_id = p.id
     where u.org_id = ${org} and u.role = 'athlete' and p.org_id = ${org}`);
  await db.execute(sql`insert into completions (athlete_id, assignment_id, item_id, day)
    select a.athlete_id, a.id, i.id, d::date
      from assignments a join program_items i on i.version_id = a.version_id
      cross join generate_series(a.start_day, current_date - 1, interval '1 day') d
     where a.org_id = ${org} and random() < case i.schedule_kind when 'times-per-week' then 0.3 else 0.55 end`);
  await db.execute(sql`insert into pain_reports (org_id, athlete_id, day, reported_at, pain_now, areas)
    select ${org}, u.id, d::date, d + interval '9 hours', floor(random() * random() * 9)::int, '{upper-back}'
      from users u cross join generate_series(current_date - 364, current_date, interval '3 days') d
     where u.org_id = ${org} and u.role = 'athlete' and random() < 0.8`);
  // A resolved case for a quarter of the athletes, an open one for one in twenty.
  await db.execute(sql`insert into cases (org_id, athlete_id, tier, status, opened_at, ack_due_at, acknowledged_at, resolved_at, outcome, assignee_id)
    select ${org}, u.id, (array['watch','routine','same-day','emergency'])[1 + floor(random() * 4)::int]::case_tier, 'resolved',
           o, o + interval '1 day', o + random() * interval '20 hours', o + interval '2 days' + random() * interval '20 days',
           (array['self-care','treated-in-clinic','referred-to-doctor'])[1 + floor(random() * 3)::int]::case_outcome,
           (select id from users where email = 'physio1@bench.example')
      from (select id, now() - random() * interval '360 days' - interval '25 days' as o from users where org_id = ${org} and role = 'athlete' and random() < 0.25) u`);
  await db.execute(sql`insert into cases (org_id, athlete_id, tier, status, opened_at, ack_due_at, assignee_id)
    select ${org}, id, 'routine', 'open', now() - random() * interval '10 days', now() + interval '1 day', (select id from users where email = 'physio2@bench.example')
      from users where org_id = ${org} and role = 'athlete' and random() < 0.05`);
  await db.execute(sql`insert into case_events (case_id, kind, actor_id, at, data)
    select c.id, 'opened'::case_event_kind, null::uuid, c.opened_at, jsonb_build_object('tier', c.tier) from cases c where c.org_id = ${org}
    union all
    select c.id, 'acknowledged', c.assignee_id, c.acknowledged_at, '{}'::jsonb from cases c where c.org_id = ${org} and c.acknowledged_at is not null
    union all
    select c.id, 'resolved', c.assignee_id, c.resolved_at, jsonb_build_object('outcome', c.outcome) from cases c where c.org_id = ${org} and c.resolved_at is not null`);
  // Vacuum too: index-only scans need the visibility map that a fresh table lacks.
  await db.execute(sql`vacuum analyze`);
}
