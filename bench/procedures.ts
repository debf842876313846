/**
 * Server time of each dashboard procedure (through createCaller, as a request runs it: session
 * checks, access conditions, every query, the shaping in TypeScript), beside hand-written SQL
 * that fetches the same figures in one statement (lower-bounds.ts): the floor it is measured
 * against. Each is timed cold once (nothing kept yet), then warm.
 */
import { sql } from "drizzle-orm";
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

async function viewer(db: Db, email: string): Promise<Viewer> {
  const [u] = rowsOf<Viewer & { org_id: string; time_zone: string; own_time_zone: string | null; week_starts_on: number }>(
    await db.execute(sql`select u.id, u.org_id, u.role, u.name, u.email, o.time_zone, u.time_zone as own_time_zone, o.week_starts_on from users u join organisations o on o.id = u.org_id where u.email = ${email}`),
  );
  // The bench organisation never requires two-step sign-in.
  const calendar = calendarSettings({ timeZone: u!.time_zone, weekStartsOn: u!.week_starts_on });
  return { id: u!.id, orgId: u!.org_id, role: u!.role, name: u!.name, email: u!.email, twoStepDue: false, calendar, timeZone: ownTimeZone(u!.own_time_zone, u!.time_zone) };
}

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
 * checking off, and each check-off makes that athlete's open weeks count again: here a tenth of
 * the athletes check something off before each of five calls of the admin's charts.
 */
export async function benchAfterCheckOffs(db: Db, org: BenchOrg): Promise<{ name: string; procedure: Timing }> {
  const admin = await viewer(db, org.adminEmail);
  const caller = createCaller(createContextInner({ db, viewer: admin }));
  const today = localDay(new Date(), "Europe/London");
  // Today's check-offs go first, and the store is brought up to date without timing it, so each
  // round's check-offs are new whatever earlier runs on this federation left (an existing one
  // would be skipped, change nothing, and leave the charts nothing to recount).
  await db.execute(sql`delete from completions c using users u where u.id = c.athlete_id and u.org_id = ${org.orgId} and c.day = ${today}::date`);
  await caller.dashboard.team({ teamId: null, range: "12w" });
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    await db.execute(sql`
      insert into completions (athlete_id, assignment_id, item_id, day)
      select a.athlete_id, a.id, i.id, ${today}::date
        from assignments a join program_items i on i.version_id = a.version_id and i.position = ${round % 3}
        join users u on u.id = a.athlete_id
       where u.org_id = ${org.orgId} and abs(hashtext(u.id::text || ${String(round)})) % 10 = 0
      on conflict do nothing`);
    const t0 = performance.now();
    await caller.dashboard.team({ teamId: null, range: "12w" });
    samples.push(performance.now() - t0);
  }
  return { name: "team charts, admin, each call after a tenth of the athletes checked off", procedure: summarise(samples) };
}
