/**
 * `npx tsx bench/pages.ts [--port 3471] [route-filter ...]`: page metrics (LCP, TBT, CLS, JavaScript) in
 * Chromium against the production build and a fresh PGlite demo database, signed in as the demo
 * accounts. Quicker than `npm run bench` when only the pages matter; build first (`npm run build`).
 * Route filters keep the pages whose route or viewer contains one of them.
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openPglite, rowsOf } from "../db/client";
import { seedIfEmpty } from "../db/seed";
import { measurePages } from "./browser";
import { signIn, startServer } from "./server";

const DEMO_PASSWORD = "upright-demo-pass";

async function main() {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args.splice(portAt, 2)[1]) : 3471;
  const filters = args;
  const dataDir = path.resolve(`.bench-data/pages-${port}`);
  fs.rmSync(dataDir, { recursive: true, force: true });

  const database = await openPglite({ dir: path.join(dataDir, "pglite") });
  await database.migrate();
  await seedIfEmpty(database.db);
  const [athlete] = rowsOf<{ id: string }>(await database.db.execute(sql`select id from users where email = 'athlete@riverside.example'`));
  const [openCase] = rowsOf<{ id: string }>(
    await database.db.execute(sql`select c.id from cases c join users u on u.id = c.athlete_id where u.email like '%@riverside.example' and c.status <> 'resolved' order by c.id limit 1`),
  );
  await database.close();

  const server = await startServer({ port, env: { UPRIGHT_DATA_DIR: dataDir, UPRIGHT_SKIP_BUILD: "1" } });
  try {
    const as = async (email: string) => signIn(server.url, email, DEMO_PASSWORD);
    const coach = await as("coach@riverside.example");
    const admin = await as("admin@riverside.example");
    const physio = await as("physio@riverside.example");
    const athleteCookie = await as("athlete@riverside.example");
    const pages = [
      { route: "/sign-in", as: "signed out", cookie: null },
      { route: "/coach", as: "coach", cookie: coach },
      { route: "/coach", as: "admin", cookie: admin },
      { route: "/coach/programs", as: "coach", cookie: coach },
      { route: "/coach/exercises", as: "coach", cookie: coach },
      { route: `/coach/athletes/${athlete!.id}`, as: "coach", cookie: coach },
      { route: "/today", as: "athlete", cookie: athleteCookie },
      { route: "/today/report", as: "athlete", cookie: athleteCookie },
      { route: "/progress", as: "athlete", cookie: athleteCookie },
      { route: "/triage", as: "physio", cookie: physio },
      ...(openCase ? [{ route: `/triage/cases/${openCase.id}`, as: "physio", cookie: physio }] : []),
      { route: "/clinic", as: "physio", cookie: physio },
      { route: "/admin", as: "admin", cookie: admin },
      { route: "/admin/audit", as: "admin", cookie: admin },
      { route: "/account", as: "coach", cookie: coach },
    ].filter((p) => filters.length === 0 || filters.some((f) => p.route.includes(f) || p.as.includes(f)));
    const results = await measurePages(server.url, pages);
    console.log("| route | as | first-load JS kB | JS kB | LCP ms | TBT ms | longest task ms | CLS |");
    console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of results) console.log(`| ${r.route} | ${r.as} | ${r.firstLoadJsKB} | ${r.jsKB} | ${r.lcpMs} | ${r.tbtMs} | ${r.longestTaskMs} | ${r.cls} |`);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
