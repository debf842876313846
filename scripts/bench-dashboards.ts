/**
 * Times the dashboard queries on a PostgreSQL server: EXPLAIN ANALYZE of each statement and the
 * wall time of each loader, on the demo data and on a synthetic club (scripts/bench-data.ts).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench-dashboards.ts [athletes]
 *
 * Works in a scratch database, upright_dash_bench, created and dropped by the script (BENCH_KEEP=1
 * keeps it, BENCH_REUSE=1 measures a kept one again without rebuilding it).
 */
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import postgres from "postgres";
import { type Db, openPostgres, rowsOf } from "../db/client";
import { adherenceByAthleteWeek } from "../db/queries/adherence-sql";
import { ostrcWeeks, painPoints, timeline } from "../db/queries/athlete-progress";
import { caseTimings, openCasesByTier, outcomes, physioWorkload } from "../db/queries/clinic-stats";
import { painByDay, rosterPage } from "../db/queries/roster-page";
import { keyFigures, newCasesByWeek, painBandsByWeek, teamAdherence } from "../db/queries/team-stats";
import { users } from "../db/schema";
import { seedDemo } from "../db/seed";
import { visibleAthletesCondition, visibleTeamsCondition } from "../server/access";
import type { Viewer } from "../server/auth/viewer";
import { addDays, localDay, weekStart } from "../server/domain/calendar";
import { loadAthleteProgress } from "../server/services/athlete-progress";
import { loadClinicOverview } from "../server/services/clinic-overview";
import { loadRosterPage } from "../server/services/roster-page";
import { loadTeamOverview } from "../server/services/team-overview";
import { seedBenchClub } from "./bench-data";

const serverUrl = process.env.BENCH_DATABASE_URL;
if (!serverUrl) throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL server (the script creates its own database).");
const athleteCount = Number(process.argv[2] ?? 1000);

async function viewerOf(db: Db, email: string): Promise<Viewer> {
  const [u] = await db.select().from(users).where(eq(users.email, email));
  return { id: u!.id, orgId: u!.orgId, role: u!.role, name: u!.name, email: u!.email };
}

const isSetting = (q: SQL) => q.queryChunks.some((c) => String((c as { value?: unknown }).value ?? "").includes("set local"));

/** Runs fn with a db whose raw statements are EXPLAIN ANALYZEd; prints each statement's execution time. */
async function explain(db: Db, label: string, fn: (db: Db) => Promise<unknown>) {
  const times: string[] = [];
  const proxyOf = (target: Db): Db =>
    new Proxy(target, {
      get(t, prop, receiver) {
        if (prop === "transaction") return (f: (tx: Db) => Promise<unknown>) => t.transaction((tx) => f(proxyOf(tx as unknown as Db)));
        if (prop !== "execute") return Reflect.get(t, prop, receiver);
        return async (q: SQL) => {
          if (isSetting(q)) return t.execute(q);
          const plan = rowsOf<{ "QUERY PLAN": string }>(await t.execute(sql`explain (analyze, buffers) ${q}`)).map((r) => r["QUERY PLAN"]);
          times.push(plan.find((l) => l.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?");
          if (process.env.BENCH_PLANS) console.log(plan.join("\n"));
          return [];
        };
      },
    });
  await fn(proxyOf(db));
  console.log(`  ${label.padEnd(58)} ${times.join(" + ")}`);
}

async function wall(label: string, fn: () => Promise<unknown>, runs = 5) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn();
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(58)} median ${ms[Math.floor(runs / 2)]!.toFixed(1)} ms`);
}

async function benchCoach(db: Db, email: string) {
  const viewer = await viewerOf(db, email);
  const now = new Date();
  const today = localDay(now, "Europe/London");
  const thisWeek = weekStart(today, 1);
  const last4 = { from: addDays(thisWeek, -21), to: addDays(thisWeek, 6), weekStartsOn: 1 as const, now };
  const w12 = { from: addDays(thisWeek, -77), to: addDays(thisWeek, 6), weekStartsOn: 1 as const, now };
  const athletes = visibleAthletesCondition(viewer);
  const [{ n } = { n: 0 }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from users where ${athletes}`));
  console.log(`\n${email}: ${n} athletes`);
  const filters = { athletes, teamId: null, search: "", tier: null, returnToRun: null, hidePainFromCoach: true, desc: false, page: 0, pageSize: 25, window: last4, thisWeek };
  await explain(db, "roster page by name (page of 25)", (d) => rosterPage(d, { ...filters, sort: "name" }));
  const page = await rosterPage(db, { ...filters, sort: "name" });
  const ids = page.rows.map((r) => r.id);
  await explain(db, "adherence of the page (25 athletes, 4 weeks)", (d) => adherenceByAthleteWeek(d, { athletes: inArray(users.id, ids), ...last4 }));
  await explain(db, "14-day pain of the page", (d) => painByDay(d, { athleteIds: ids, from: addDays(today, -13), to: today }));
  await explain(db, "roster page by 4-week adherence (all athletes)", (d) => rosterPage(d, { ...filters, sort: "last4Weeks" }));
  await explain(db, "roster page by last pain", (d) => rosterPage(d, { ...filters, sort: "lastPain", desc: true }));
  const scope = { athletes, hidePainFromCoach: true, timeZone: "Europe/London", weekStartsOn: 1 as const };
  await explain(db, "key figures", (d) => keyFigures(d, { ...scope, thisWeek }));
  const teamsOf = visibleTeamsCondition(viewer);
  await explain(db, "adherence by team and week + mean, 12 weeks", (d) => teamAdherence(d, { ...scope, teams: teamsOf, window: w12, chartFrom: w12.from, meanFrom: last4.from, lastWeek: thisWeek }));
  await explain(db, "pain bands by week, 12 weeks", (d) => painBandsByWeek(d, { ...scope, from: w12.from, lastWeek: thisWeek }));
  await explain(db, "new cases by week, 12 weeks", (d) =>
    newCasesByWeek(d, { ...scope, cases: sql`c.athlete_id in (select users.id from users where ${athletes})`, from: w12.from, lastWeek: thisWeek }),
  );
  const one = ids[0]!;
  const span = { athleteId: one, from: w12.from, to: today };
  await explain(db, "athlete: pain points, 12 weeks", (d) => painPoints(d, span));
  await explain(db, "athlete: OSTRC-O2 by week", (d) => ostrcWeeks(d, { ...span, weekStartsOn: 1 }));
  await explain(db, "athlete: adherence by week, 12 weeks", (d) => adherenceByAthleteWeek(d, { athletes: and(eq(users.id, one))!, ...w12 }));
  await explain(db, "athlete: timeline", (d) => timeline(d, { ...span, timeZone: "Europe/London" }));
  const input = { teamId: null, search: "", tier: null, returnToRun: null, desc: false, page: 0, pageSize: 25 as const };
  await wall("loader: roster page by name", () => loadRosterPage(db, viewer, { ...input, sort: "name" }));
  await wall("loader: roster page by 4-week adherence", () => loadRosterPage(db, viewer, { ...input, sort: "last4Weeks" }));
  await wall("loader: team overview, 12 weeks", () => loadTeamOverview(db, viewer, { teamId: null, range: "12w" }));
  await wall("loader: team overview, all", () => loadTeamOverview(db, viewer, { teamId: null, range: "all" }), 3);
  await wall("loader: athlete progress, 12 weeks", () => loadAthleteProgress(db, viewer, { athleteId: one, range: "12w" }));
  await wall("loader: athlete progress, all", () => loadAthleteProgress(db, viewer, { athleteId: one, range: "all" }));
}

async function benchClinic(db: Db, email: string) {
  const viewer = await viewerOf(db, email);
  const today = localDay(new Date(), "Europe/London");
  const p = { orgId: viewer.orgId, timeZone: "Europe/London", from: addDays(weekStart(today, 1), -77), to: today };
  console.log(`\n${email}: clinic overview`);
  await explain(db, "open cases by tier", (d) => openCasesByTier(d, { orgId: viewer.orgId, now: new Date() }));
  await explain(db, "time to acknowledge and resolve, 12 weeks", (d) => caseTimings(d, p));
  await explain(db, "outcomes, 12 weeks", (d) => outcomes(d, p));
  await explain(db, "workload per physio, 12 weeks", (d) => physioWorkload(d, p));
  await wall("loader: clinic overview, 12 weeks", () => loadClinicOverview(db, viewer, { range: "12w" }));
  await wall("loader: clinic overview, all", () => loadClinicOverview(db, viewer, { range: "all" }));
}

async function main() {
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  const reuse = process.env.BENCH_REUSE && (await admin.unsafe("select 1 from pg_database where datname = 'upright_dash_bench'")).length > 0;
  if (!reuse) {
    await admin.unsafe("drop database if exists upright_dash_bench with (force)");
    await admin.unsafe("create database upright_dash_bench");
  }
  const url = new URL(serverUrl!);
  url.pathname = "/upright_dash_bench";
  const database = openPostgres(url.toString(), { max: 4 });
  try {
    await database.migrate();
    const s = performance.now();
    if (!reuse) {
      await seedDemo(database.db);
      await seedBenchClub(database.db, athleteCount);
    }
    const [c] = rowsOf<{ completions: number; reports: number; cases: number }>(
      await database.db.execute(sql`select (select count(*) from completions)::int as completions, (select count(*) from pain_reports)::int as reports, (select count(*) from cases)::int as cases`),
    );
    console.log(`demo data and a synthetic club (${reuse ? "reused" : `built in ${(performance.now() - s).toFixed(0)} ms`}): ${c!.completions} completions, ${c!.reports} pain reports, ${c!.cases} cases in all`);
    await benchCoach(database.db, "coach@riverside.example");
    await benchClinic(database.db, "physio@riverside.example");
    await benchCoach(database.db, "coach@bench.example");
    await benchClinic(database.db, "physio1@bench.example");
  } finally {
    await database.close();
    if (!process.env.BENCH_KEEP) await admin.unsafe("drop database if exists upright_dash_bench with (force)");
    await admin.end();
  }
}

void main();
