/**
 * Server time of each dashboard procedure (through createCaller, as a request runs it: session
 * checks, access conditions, every query, the shaping in TypeScript), beside hand-written SQL
 * that fetches the same figures in one statement (lower-bounds.ts): the floor it is measured
 * against. Each is timed cold once (nothing kept yet), then warm.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { rowsOf } from "../db/client";
import { createCaller } from "../server/api/root";
import { createContextInner } from "../server/api/trpc";
import type { Viewer } from "../server/auth/viewer";
import type { BenchOrg } from "./generate";
import { lowerBounds } from "./lower-bounds";
import { round, summarise, type Timing, time } from "./stats";
import { calendarSettings, localDay, ownTimeZone } from "../server/domain/calendar";

export type ProcedureResult = { name: string; coldMs: number; procedure: Timing; sqlLowerBound: Timing; ratio: number };

/** Viewers of the users `where` (a condition on "u") picks, as a session would resolve them. */
async function viewersWhere(db: Db, where: SQL): Promise<Viewer[]> {
  const rows = rowsOf<Viewer & { org_id: string; time_zone: string; own_time_zone: string | null; week_starts_on: number }>(
    await db.execute(sql`select u.id, u.org_id, u.role, u.name, u.email, o.time_zone, u.time_zone as own_time_zone, o.week_starts_on from users u join organisations o on o.id = u.org_id where ${where} order by u.id`),
  );
  // The bench organisation never requires two-step sign-in.
  return rows.map((u) => ({
    id: u.id,
    orgId: u.org_id,
    role: u.role,
    name: u.name,
    email: u.email,
    twoStepDue: false,
    calendar: calendarSettings({ timeZone: u.time_zone, weekStartsOn: u.week_starts_on }),
    timeZone: ownTimeZone(u.own_time_zone, u.time_zone),
  }));
}

const viewer = async (db: Db, email: string) => (await viewersWhere(db, sql`u.email = ${email}`))[0]!;

export async function benchProcedures(db: Db, org: BenchOrg, runs: number): Promise<ProcedureResult[]> {
  const coach = await viewer(db, org.coachEmail);
  const physio = await viewer(db, org.physioEmail);
  const admin = await viewer(db, org.adminEmail);
  const athlete = await viewer(db, org.athleteEmail);
  const as = (v: Viewer) => createCaller(createContextInner({ db, viewer: v }));
  const [openCase] = rowsOf<{ id: string }>(await db.execute(sql`select id from cases where org_id = ${org.orgId} and status <> 'resolved' order by id limit 1`));
  const lower = await lowerBounds(db, { orgId: org.orgId, coachId: coach.id, athleteId: athlete.id, caseId: openCase?.id ?? null });
  const firstPage = { teamId: null, search: "", tier: null, returnToRun: null, sort: "name", desc: false, page: 0, pageSize: 25 } as const;

  const cases: { name: string; run: () => Promise<unknown>; lower: () => Promise<unknown> }[] = [
    { name: "roster page, coach (own team, by name)", run: () => as(coach).roster.page(firstPage), lower: lower.rosterCoach },
    { name: "roster page, admin (all athletes, by name)", run: () => as(admin).roster.page(firstPage), lower: lower.rosterAdmin },
    { name: "roster page, admin (by 4-week adherence)", run: () => as(admin).roster.page({ ...firstPage, sort: "last4Weeks" }), lower: lower.rosterAdminByAdherence },
    { name: "team charts, coach (12 weeks)", run: () => as(coach).dashboard.team({ teamId: null, range: "12w" }), lower: lower.teamCoach },
    { name: "team charts, admin (all teams, 12 weeks)", run: () => as(admin).dashboard.team({ teamId: null, range: "12w" }), lower: lower.teamAdmin },
    { name: "athlete timeline (12 weeks)", run: () => as(coach).progress.athlete({ athleteId: athlete.id, range: "12w" }), lower: lower.athleteTimeline },
    { name: "triage queue", run: () => as(physio).triage.queue({ assignedToMe: false }), lower: lower.triageQueue },
    { name: "clinic overview (12 weeks)", run: () => as(physio).dashboard.clinic({ range: "12w" }), lower: lower.clinic },
    ...(openCase ? [{ name: "case page", run: () => as(physio).case.byId({ id: openCase.id }), lower: lower.casePage }] : []),
  ];

  const results: ProcedureResult[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    await c.run();
    const coldMs = round(performance.now() - t0);
    const procedure = await time(c.run, runs);
    const sqlLowerBound = await time(c.lower, runs);
    results.push({ name: c.name, coldMs, procedure, sqlLowerBound, ratio: round(procedure.median / Math.max(sqlLowerBound.median, 0.01)) });
    console.log(`  ${c.name.padEnd(46)} cold ${coldMs} ms, median ${procedure.median} ms (p95 ${procedure.p95}), SQL ${sqlLowerBound.median} ms`);
  }
  return results;
}

/**
 * The warm figures above assume nothing changed since the last call. In a real day athletes keep
 * checking off: here a tenth of the athletes check something off through the procedure the app
 * calls (which keeps their open weeks current) before each of five calls of the admin's charts.
 * Each check-off is timed too: what keeping the weeks current costs the athlete. `every`: one
 * athlete in that many checks off before each call.
 */
export async function benchAfterCheckOffs(db: Db, org: BenchOrg, every = 10): Promise<{ name: string; procedure: Timing; checkOff: Timing }> {
  const admin = await viewer(db, org.adminEmail);
  const as = (v: Viewer) => createCaller(createContextInner({ db, viewer: v }));
  const today = localDay(new Date(), admin.calendar.timeZone);
  // Today's check-offs go first, and the store is brought up to date without timing it, so each
  // round's check-offs are new whatever earlier runs on this federation left (an existing one
  // would change nothing).
  await db.execute(sql`delete from completions c using users u where u.id = c.athlete_id and u.org_id = ${org.orgId} and c.day = ${today}::date`);
  await as(admin).dashboard.team({ teamId: null, range: "12w" });
  const samples: number[] = [];
  const checkOffs: number[] = [];
  for (let round = 0; round < 5; round++) {
    const picked = sql`u.org_id = ${org.orgId} and u.role = 'athlete' and abs(hashtext(u.id::text || ${String(round)})) % ${every} = 0`;
    const athletes = new Map((await viewersWhere(db, picked)).map((v) => [v.id, v]));
    // One item each, of an assignment running today and not paused: what today's page offers.
    const items = rowsOf<{ athlete_id: string; assignment_id: string; item_id: string }>(
      await db.execute(sql`
        select distinct on (a.athlete_id) a.athlete_id, a.id as assignment_id, i.id as item_id
          from assignments a join program_items i on i.version_id = a.version_id and i.position = ${round % 3}
          join users u on u.id = a.athlete_id
         where ${picked} and a.status <> 'ended' and a.start_day <= ${today}::date and (a.end_day is null or a.end_day >= ${today}::date)
           and not exists (select 1 from assignment_pauses p where p.assignment_id = a.id and p.from_day <= ${today}::date and (p.to_day is null or p.to_day >= ${today}::date))
         order by a.athlete_id, a.id`),
    );
    for (const it of items) {
      const t0 = performance.now();
      await as(athletes.get(it.athlete_id)!).today.setDone({ assignmentId: it.assignment_id, itemId: it.item_id, day: today, done: true });
      checkOffs.push(performance.now() - t0);
    }
    const t0 = performance.now();
    await as(admin).dashboard.team({ teamId: null, range: "12w" });
    samples.push(performance.now() - t0);
  }
  return { name: "team charts, admin, each call after a tenth of the athletes checked off", procedure: summarise(samples), checkOff: summarise(checkOffs) };
}
