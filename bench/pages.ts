/**
 * `npx tsx bench/pages.ts [--port 3471] [--federation 1000] [route-filter ...]`: page metrics (LCP,
 * TBT, CLS, JavaScript) in Chromium against the production build (build first: `npm run build`).
 * Quicker than `npm run bench` when only the pages matter.
 *   default: a fresh PGlite demo database, signed in as the demo accounts
 *   --federation N: the federation of N athletes a run of `npm run bench` left in DATABASE_URL (PostgreSQL),
 *     signed in as its accounts, as `npm run bench` measures pages
 * Route filters keep the pages whose route or viewer contains one of them.
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { type Database, openPglite, openPostgres, rowsOf } from "../db/client";
import { seedIfEmpty } from "../db/seed";
import { mainPages, measurePages } from "./browser";
import { BENCH_PASSWORD, existingFederation } from "./generate";
import { signIn, startServer } from "./server";

type Accounts = { coach: string; admin: string; physio: string; athlete: string; password: string; orgId: string };

const DEMO: Accounts = {
  coach: "coach@riverside.example",
  admin: "admin@riverside.example",
  physio: "physio@riverside.example",
  athlete: "athlete@riverside.example",
  password: "upright-demo-pass",
  orgId: "",
};

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const port = Number(option(args, "port") ?? 3471);
  const athletes = option(args, "federation");
  const filters = args;
  const url = process.env.DATABASE_URL;
  if (athletes && !url) throw new Error("--federation needs DATABASE_URL (the PostgreSQL database `npm run bench` filled)");

  const dataDir = path.resolve(`.bench-data/pages-${port}`);
  let database: Database;
  let accounts: Accounts;
  if (athletes) {
    database = openPostgres(url!, { max: 2 });
    const n = Number(athletes);
    const org = await existingFederation(database.db, { athletes: n, teams: Math.max(1, Math.round(n / 25)), days: 365 });
    if (!org) throw new Error(`no federation of ${n} athletes in DATABASE_URL: run \`npm run bench -- --athletes ${n} --no-load --no-browser\` first`);
    accounts = { coach: org.coachEmail, admin: org.adminEmail, physio: org.physioEmail, athlete: org.athleteEmail, password: BENCH_PASSWORD, orgId: org.orgId };
  } else {
    fs.rmSync(dataDir, { recursive: true, force: true });
    database = await openPglite({ dir: path.join(dataDir, "pglite") });
    await database.migrate();
    await seedIfEmpty(database.db);
    accounts = DEMO;
  }
  const [athlete] = rowsOf<{ id: string; orgId: string }>(await database.db.execute(sql`select id, org_id as "orgId" from users where email = ${accounts.athlete}`));
  const [openCase] = rowsOf<{ id: string }>(
    await database.db.execute(sql`select id from cases where org_id = ${athlete!.orgId} and status <> 'resolved' order by id limit 1`),
  );
  await database.close();

  const env: Record<string, string> = athletes ? { DATABASE_URL: url!, UPRIGHT_SKIP_BUILD: "1" } : { UPRIGHT_DATA_DIR: dataDir, UPRIGHT_SKIP_BUILD: "1" };
  const server = await startServer({ port, env });
  try {
    const as = (email: string) => signIn(server.url, email, accounts.password);
    const coach = await as(accounts.coach);
    const admin = await as(accounts.admin);
    const physio = await as(accounts.physio);
    const athleteCookie = await as(accounts.athlete);
    const pages = mainPages({ coach, admin, physio, athlete: athleteCookie, athleteId: athlete!.id, caseId: openCase?.id ?? null }).filter((p) => filters.length === 0 || filters.some((f) => p.route.includes(f) || p.as.includes(f)));
    const results = await measurePages(server.url, pages);
    console.log("| route | as | first-load JS kB | JS kB | LCP ms | TBT ms | longest task ms | CLS |");
    console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of results) console.log(`| ${r.route} | ${r.as} | ${r.firstLoadJsKB} | ${r.jsKB} | ${r.lcpMs} | ${r.tbtMs} | ${r.longestTaskMs} | ${r.cls} |`);
  } finally {
    await server.stop();
    if (!athletes) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
