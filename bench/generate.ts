/**
 * A synthetic federation for the benchmark, generated inside the database (generate_series),
 * so a year of history for thousands of athletes takes seconds, not an hour of round trips.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { rowsOf } from "../db/client";
import { createProgram } from "../db/queries/programs";
import { exercises } from "../db/schema";
import { hashPassword } from "../server/auth/password";
import { addDays, localDay } from "../server/domain/calendar";

export type BenchOrg = { orgId: string; slug: string; coachEmail: string; physioEmail: string; adminEmail: string; athleteEmail: string; athletes: number; teams: number; days: number };

const BENCH_PASSWORD = "bench-password-not-for-production";
export { BENCH_PASSWORD };

async function one<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  return rowsOf<T>(await db.execute(query))[0]!;
}

function federation(orgId: string, opts: { athletes: number; teams: number; days: number }): BenchOrg {
  const slug = `bench-${opts.athletes}`;
  return {
    orgId,
    slug,
    coachEmail: `${slug}-coach-1@bench.example`,
    physioEmail: `${slug}-physio-1@bench.example`,
    adminEmail: `${slug}-admin@bench.example`,
    athleteEmail: `${slug}-athlete-1@bench.example`,
    ...opts,
  };
}

/** The federation an earlier run generated (same size), or null. */
export async function existingFederation(db: Db, opts: { athletes: number; teams: number; days: number }): Promise<BenchOrg | null> {
  const [org] = rowsOf<{ id: string }>(await db.execute(sql`select id from organisations where slug = ${`bench-${opts.athletes}`}`));
  return org ? federation(org.id, opts) : null;
}

export async function generateFederation(db: Db, opts: { athletes: number; teams: number; days: number }): Promise<BenchOrg> {
  const slug = `bench-${opts.athletes}`;
  const today = localDay(new Date(), "Europe/London");
  const start = addDays(today, -opts.days);
  const hash = await hashPassword(BENCH_PASSWORD);
  await db.execute(sql`delete from organisations where slug = ${slug}`);
  const { id: orgId } = await one<{ id: string }>(
    db,
    sql`insert into organisations (slug, name, time_zone, week_starts_on) values (${slug}, ${`Bench Federation (${opts.athletes})`}, 'Europe/London', 1) returning id`,
  );
  await db.execute(sql`insert into teams (org_id, name) select ${orgId}::uuid, 'Team ' || lpad(g::text, 3, '0') from generate_series(1, ${opts.teams}) g`);
  const physios = Math.max(2, Math.ceil(opts.teams / 10));
  await db.execute(sql`
    insert into users (org_id, email, name, role, password_hash)
    select ${orgId}::uuid, ${slug} || '-athlete-' || g || '@bench.example', 'Athlete ' || g, 'athlete'::role, ${hash} from generate_series(1, ${opts.athletes}) g
    union all select ${orgId}::uuid, ${slug} || '-coach-' || g || '@bench.example', 'Coach ' || g, 'coach'::role, ${hash} from generate_series(1, ${opts.teams}) g
    union all select ${orgId}::uuid, ${slug} || '-physio-' || g || '@bench.example', 'Physio ' || g, 'physio'::role, ${hash} from generate_series(1, ${physios}) g
    union all select ${orgId}::uuid, ${slug} || '-admin@bench.example', 'Bench Admin', 'admin'::role, ${hash}`);
  // Athlete g joins team ((g - 1) % teams) + 1; coach g coaches team g.
  await db.execute(sql`
    insert into team_members (team_id, user_id)
    select t.id, u.id from users u
      join teams t on t.org_id = u.org_id and t.name = 'Team ' || lpad(((split_part(split_part(u.email, '-athlete-', 2), '@', 1)::int - 1) % ${opts.teams} + 1)::text, 3, '0')
     where u.org_id = ${orgId} and u.role = 'athlete'
    union all
    select t.id, u.id from users u
      join teams t on t.org_id = u.org_id and t.name = 'Team ' || lpad(split_part(split_part(u.email, '-coach-', 2), '@', 1), 3, '0')
     where u.org_id = ${orgId} and u.role = 'coach'`);
  await db.execute(sql`
    insert into athlete_profiles (user_id, birth_date, history_of_back_problems, run_days, weekly_km)
    select id, date '1970-01-01' + (abs(hashtext(id::text)) % 15000), abs(hashtext(email)) % 10 = 0,
           case abs(hashtext(id::text)) % 3 when 0 then '{1,3,5}'::smallint[] when 1 then '{2,4,6,7}'::smallint[] else '{1,2,4,6,7}'::smallint[] end,
           10 + abs(hashtext(email)) % 60
      from users where org_id = ${orgId} and role = 'athlete'`);

  const library = rowsOf<{ id: string; slug: string }>(await db.execute(sql`select id, slug from ${exercises} where org_id is null`));
  const ex = (s: string) => library.find((e) => e.slug === s)?.id ?? library[0]!.id;
  const dose = { kind: "reps" as const, sets: 2, reps: 10, holdSeconds: null, minutes: null, perSide: false };
  const plans = [
    { name: "Daily posture", kind: "daily" as const, slugs: ["chin-tucks", "scapular-retractions", "wall-angels", "diaphragmatic-breathing"] },
    { name: "Pre-run warm-up", kind: "before-run" as const, slugs: ["arm-circles", "cat-cow", "standing-thoracic-rotations", "leg-swings", "light-jog"] },
    { name: "Core twice a week", kind: "times-per-week" as const, slugs: ["plank", "side-plank", "bird-dog", "dead-bug"] },
  ];
  const { id: coachId } = await one<{ id: string }>(db, sql`select id from users where org_id = ${orgId} and role = 'coach' limit 1`);
  for (const plan of plans) {
    const programId = await db.transaction((tx) =>
      createProgram(tx, {
        orgId,
        userId: coachId,
        input: {
          name: plan.name,
          goal: "",
          formCues: [],
          lifestyleNotes: [],
          items: plan.slugs.map((s) => ({ exerciseId: ex(s), dose, schedule: { kind: plan.kind, timesPerWeek: plan.kind === "times-per-week" ? 2 : null, weekdays: null } })),
        },
      }),
    );
    await db.execute(sql`
      insert into assignments (org_id, athlete_id, program_id, version_id, start_day, assigned_by)
      select ${orgId}::uuid, u.id, ${programId}::uuid, v.id, ${start}::date, ${coachId}::uuid
        from users u, program_versions v where u.org_id = ${orgId} and u.role = 'athlete' and v.program_id = ${programId}`);
  }
  // Each athlete has a steady adherence rate between 40 % and 95 %.
  await db.execute(sql`
    insert into completions (athlete_id, assignment_id, item_id, day, late)
    select a.athlete_id, a.id, i.id, d::date, false
      from assignments a
      join users u on u.id = a.athlete_id and u.org_id = ${orgId}
      join program_items i on i.version_id = a.version_id
      join athlete_profiles p on p.user_id = a.athlete_id
      cross join generate_series(${start}::date, ${addDays(today, -1)}::date, interval '1 day') d
     where (i.schedule_kind = 'daily'
            or (i.schedule_kind in ('before-run', 'after-run') and extract(isodow from d)::smallint = any(p.run_days))
            or (i.schedule_kind = 'times-per-week' and extract(isodow from d) in (2, 5)))
       and random() < 0.4 + (abs(hashtext(a.athlete_id::text)) % 56) / 100.0`);
  // About two reports a week; mostly none or mild, a tail of moderate and severe.
  await db.execute(sql`
    insert into pain_reports (org_id, athlete_id, day, reported_at, pain_now, pain_worst_run, areas)
    select ${orgId}::uuid, u.id, d::date, d + interval '18 hours', least(10, floor(power(random(), 3) * 10))::smallint, null, '{upper-back}'
      from users u cross join generate_series(${start}::date, ${today}::date, interval '1 day') d
     where u.org_id = ${orgId} and u.role = 'athlete' and random() < 0.28`);
  // One case in ten athletes over the year; one in twenty still open.
  await db.execute(sql`
    insert into cases (org_id, athlete_id, tier, status, reasons, opened_at, ack_due_at, acknowledged_at, resolved_at, outcome)
    select ${orgId}::uuid, u.id, (array['emergency','same-day','routine','watch'])[1 + abs(hashtext(u.id::text)) % 4]::case_tier,
           case when abs(hashtext(u.email)) % 2 = 0 then 'open' else 'resolved' end::case_status,
           jsonb_build_array(jsonb_build_object('ruleId', 'bench', 'tier', 'routine', 'reason', 'Synthetic case for the benchmark.', 'basis', '', 'at', now())),
           now() - (abs(hashtext(u.id::text)) % ${opts.days}) * interval '1 day',
           now() - (abs(hashtext(u.id::text)) % ${opts.days}) * interval '1 day' + interval '1 day',
           case when abs(hashtext(u.email)) % 2 = 0 then null else now() - (abs(hashtext(u.id::text)) % ${opts.days}) * interval '1 day' + interval '5 hours' end,
           case when abs(hashtext(u.email)) % 2 = 0 then null else now() - (abs(hashtext(u.id::text)) % ${opts.days}) * interval '1 day' + interval '6 days' end,
           case when abs(hashtext(u.email)) % 2 = 0 then null else 'self-care' end::case_outcome
      from users u where u.org_id = ${orgId} and u.role = 'athlete' and abs(hashtext(u.id::text)) % 10 = 0`);
  // As autovacuum leaves a database in use, not as a bulk load does: with the visibility map
  // still unset, every index-only scan also read the table (the 10,000-athlete warm-up took 60 s
  // just after generation, 10.5 s once vacuumed).
  await db.execute(sql`vacuum analyze`);
  return federation(orgId, opts);
}
