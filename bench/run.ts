/**
 * `npm run bench`: a synthetic federation (default 1,000 athletes, 40 teams, 365 days) in PGlite or the
 * PostgreSQL server of DATABASE_URL, then procedure timings against their SQL lower bound, the
 * production server under load, and page metrics in Chromium. Writes bench/results.json.
 *   --athletes N --teams N --days N --runs N   data size and repetitions
 *   --instances 2   (PostgreSQL only) also load two app instances behind a round robin
 *   --no-load --no-browser   skip those parts;  --smoke   tiny and quick (used by npm test)
 *   --reuse   (PostgreSQL only) measure the federation a previous run left instead of generating it
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { type Database, openPglite, openPostgres, rowsOf } from "../db/client";
import { seedIfEmpty } from "../db/seed";
import { mainPages, measurePages, type PageMetrics } from "./browser";
import { firstLoadJsByRoute } from "./build-sizes";
import { BENCH_PASSWORD, type BenchOrg, existingFederation, generateFederation } from "./generate";
import { type LoadResult, load, painBody, rosterBody } from "./load";
import { benchAfterCheckOffs, benchProcedures } from "./procedures";
import { type BenchResults, markdown } from "./report";
import { roundRobin } from "./round-robin";
import { signIn, startServer } from "./server";
import { fillYearOfStore, timeWarmup } from "./warmup";

const REPORTERS = 200;

/** n distinct numbers from 1..max, in random order. */
function pickDistinct(n: number, max: number): number[] {
  const all = Array.from({ length: max }, (_, i) => i + 1);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, n);
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

async function main() {
  const smoke = flag("smoke");
  const athletes = arg("athletes", smoke ? 30 : 1000);
  const teams = arg("teams", smoke ? 2 : Math.max(1, Math.round(athletes / 25)));
  const days = arg("days", smoke ? 30 : 365);
  const runs = arg("runs", smoke ? 3 : 30);
  const url = process.env.DATABASE_URL;
  const dataDir = path.resolve(`.bench-data/${athletes}`);
  if (!url) fs.rmSync(dataDir, { recursive: true, force: true });
  const open = (): Promise<Database> => (url ? Promise.resolve(openPostgres(url, { max: 4 })) : openPglite({ dir: path.join(dataDir, "pglite") }));

  const database = await open();
  await database.migrate();
  await seedIfEmpty(database.db);
  const t0 = performance.now();
  const kept = url && flag("reuse") ? await existingFederation(database.db, { athletes, teams, days }) : null;
  if (!kept) console.log(`Generating ${athletes} athletes, ${teams} teams, ${days} days…`);
  const org: BenchOrg = kept ?? (await generateFederation(database.db, { athletes, teams, days }));
  const generateSeconds = kept ? 0 : Math.round((performance.now() - t0) / 100) / 10;
  const rows: Record<string, number> = {};
  for (const table of ["completions", "pain_reports", "cases", "assignments"]) {
    rows[table] = rowsOf<{ n: number }>(await database.db.execute(sql.raw(`select count(*)::int n from ${table}`)))[0]!.n;
  }
  const storeWarmup = await timeWarmup(database.db, org.orgId);
  console.log(`Adherence store warm-up: from empty ${storeWarmup.fromEmptyMs} ms (${storeWarmup.weeksCounted} athlete-weeks), when fresh ${storeWarmup.freshMs} ms`);
  console.log("Filling the adherence store with the rest of the year…");
  await fillYearOfStore(database.db, org.orgId);
  console.log("Timing procedures…");
  const procedures = await benchProcedures(database.db, org, runs);
  const afterCheckOffs = await benchAfterCheckOffs(database.db, org);
  console.log(`  ${afterCheckOffs.name}: median ${afterCheckOffs.procedure.median} ms (p95 ${afterCheckOffs.procedure.p95})`);
  console.log(`  check-offs: median ${afterCheckOffs.checkOff.median} ms (p95 ${afterCheckOffs.checkOff.p95}, ${afterCheckOffs.checkOff.runs} of them)`);
  const [athleteRow] = rowsOf<{ id: string }>(await database.db.execute(sql`select id from users where email = ${org.athleteEmail}`));
  const [caseRow] = rowsOf<{ id: string }>(await database.db.execute(sql`select id from cases where org_id = ${org.orgId} and status <> 'resolved' order by id limit 1`));
  await database.close();

  const loadResults: LoadResult[] = [];
  let pages: PageMetrics[] = [];
  if (!smoke && (!flag("no-load") || !flag("no-browser"))) {
    const env: Record<string, string> = url ? { DATABASE_URL: url } : { UPRIGHT_DATA_DIR: dataDir };
    const server = await startServer({ port: 3400, env });
    try {
      // Each load signs in just before it runs. A browser keeps the refreshed cookie the server
      // sends once a session's last-seen time is a minute old; autocannon does not, so with older
      // cookies every request would pay for a new one, which no real session does.
      let coach = await signIn(server.url, org.coachEmail, BENCH_PASSWORD);
      if (!flag("no-load")) {
        console.log("Load: roster and pain reports, 50 connections × 20 s each…");
        loadResults.push(await load({ name: "roster.page (coach)", url: server.url, path: "/api/trpc/roster.page?batch=1", cookies: [coach], body: rosterBody, connections: 50, seconds: 20 }));
        // Reports spread over 200 athletes picked at random, so that a run (or runs on a reused
        // federation) never piles hundreds of reports a day onto the same few athletes, which no
        // real athlete sends and which would make each report's rule check read far more history.
        const reporters = pickDistinct(Math.min(REPORTERS, athletes), athletes);
        const athletesCookies: string[] = [];
        for (const i of reporters) athletesCookies.push(await signIn(server.url, `${org.slug}-athlete-${i}@bench.example`, BENCH_PASSWORD));
        loadResults.push(await load({ name: `pain.submit (${athletesCookies.length} athletes)`, url: server.url, path: "/api/trpc/pain.submit?batch=1", cookies: athletesCookies, body: painBody, connections: 50, seconds: 20 }));
      }
      if (!flag("no-browser")) {
        console.log("Page metrics in Chromium…");
        coach = await signIn(server.url, org.coachEmail, BENCH_PASSWORD);
        const physio = await signIn(server.url, org.physioEmail, BENCH_PASSWORD);
        const admin = await signIn(server.url, org.adminEmail, BENCH_PASSWORD);
        const athlete = await signIn(server.url, org.athleteEmail, BENCH_PASSWORD);
        pages = await measurePages(server.url, mainPages({ coach, admin, physio, athlete, athleteId: athleteRow!.id, caseId: caseRow?.id ?? null }));
      }
    } finally {
      await server.stop();
    }
    if (url && arg("instances", 1) >= 2 && !flag("no-load")) {
      console.log("Load: one instance of two server processes, then two instances behind a round robin…");
      const workers = await startServer({ port: 3403, env: { ...env, UPRIGHT_SKIP_BUILD: "1", UPRIGHT_WORKERS: "2" } });
      try {
        const coach = await signIn(workers.url, org.coachEmail, BENCH_PASSWORD);
        loadResults.push(await load({ name: "roster.page, 2 processes (UPRIGHT_WORKERS=2)", url: workers.url, path: "/api/trpc/roster.page?batch=1", cookies: [coach], body: rosterBody, connections: 50, seconds: 20 }));
      } finally {
        await workers.stop();
      }
      const behind = { env: { ...env, UPRIGHT_SKIP_BUILD: "1" }, publicUrl: "http://127.0.0.1:3410" };
      const [a, b] = await Promise.all([startServer({ port: 3401, ...behind }), startServer({ port: 3402, ...behind })]);
      const rr = await roundRobin(3410, [3401, 3402]);
      try {
        const coach = await signIn("http://127.0.0.1:3410", org.coachEmail, BENCH_PASSWORD);
        loadResults.push(await load({ name: "roster.page, 2 instances", url: "http://127.0.0.1:3410", path: "/api/trpc/roster.page?batch=1", cookies: [coach], body: rosterBody, connections: 50, seconds: 20 }));
      } finally {
        rr.close();
        await Promise.all([a.stop(), b.stop()]);
      }
    }
  }

  // The build the server part ran (or an earlier one): first-load JS of every route.
  const routes = fs.existsSync(path.join(".next", "BUILD_ID")) ? firstLoadJsByRoute() : [];

  const results: BenchResults = {
    ranAt: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    database: url ? "PostgreSQL server (DATABASE_URL)" : "embedded PGlite",
    data: { athletes, teams, days, rows, generateSeconds },
    storeWarmup,
    procedures,
    afterCheckOffs,
    load: loadResults,
    pages,
    routes,
  };
  if (!smoke) fs.writeFileSync(path.join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${markdown(results)}\n`);
  if (!url) fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
