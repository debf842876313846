/**
 * `npm start`: check the environment, build when the build is missing or older than the
 * sources, then run the production server. The server itself migrates and seeds at start
 * (instrumentation.ts), so only one process ever opens the embedded database.
 *
 * On a PostgreSQL server UPRIGHT_WORKERS=n runs n server processes sharing the port through
 * Node's cluster module: one Node process uses one core, and under load the server is CPU-bound.
 * The app is already safe to run as several instances (stateless sessions, scheduled work and
 * the outbox claimed with locks). The default is one: on a two-core machine that also runs
 * PostgreSQL, two processes raised throughput little and lengthened the roster's slowest
 * requests (README, Performance); with the database elsewhere, give it the machine's cores.
 */
import { spawn, spawnSync } from "node:child_process";
import cluster from "node:cluster";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { DEMO_ACCOUNTS } from "../db/seed/accounts";
import { lockHolder } from "../db/lock";
import { prepareEnv } from "./prepare-env";

function fail(message: string): never {
  console.error(`Upright cannot start: ${message}`);
  process.exit(1);
}

async function checkDatabase(dataDir: string) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const holder = lockHolder(path.join(dataDir, "pglite"));
    if (holder) fail(`the data folder ${dataDir} is in use by another Upright process (pid ${holder}). Stop it first, or set UPRIGHT_DATA_DIR to another folder.`);
    return;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail("DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database).");
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") fail("DATABASE_URL must start with postgres://");
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    fail(`DATABASE_URL: cannot reach the PostgreSQL server at ${parsed.host} (${e.code ?? e.message ?? "unknown error"}).`);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(tsx?|css|sql|json|js|mjs)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const buildId = path.join(".next", "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const rootFiles = ["package.json", "proxy.ts", "instrumentation.ts", "next.config.js"].filter((f) => fs.existsSync(f));
  const sources = Math.max(...["app", "components", "server", "db"].map(newestSource), ...rootFiles.map((f) => fs.statSync(f).mtimeMs));
  if (builtAt > sources) return;
  console.log("Building Upright (first start or sources changed)…");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) fail("the build failed (see above).");
}

async function waitForHealth(url: string, running: () => boolean) {
  for (let i = 0; i < 600 && running(); i++) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** How many server processes: one on the embedded database, which only one process may open. */
function workerCount(): number {
  const asked = process.env.UPRIGHT_WORKERS;
  if (!process.env.DATABASE_URL) {
    if (asked && asked !== "1") fail("UPRIGHT_WORKERS above 1 needs DATABASE_URL: the embedded database is opened by one process only.");
    return 1;
  }
  const n = Number(asked ?? 1);
  if (!Number.isInteger(n) || n < 1 || n > 64) fail("UPRIGHT_WORKERS must be a whole number from 1 to 64.");
  return n;
}

/** The server process (scripts/serve.ts), run as TypeScript the way this script is. */
const SERVE = path.join(__dirname, "serve.ts");
const SERVE_EXEC_ARGV = ["--import", "tsx"];

// A larger young generation: each request leaves many short-lived objects (rows, JSON, streams),
// and with V8's default garbage collection took 15% of the server's CPU under load. Flags in the
// caller's NODE_OPTIONS come after, so they win.
const serverEnv = (): NodeJS.ProcessEnv => ({ ...process.env, NODE_ENV: "production" as const, NODE_OPTIONS: `--max-semi-space-size=64 ${process.env.NODE_OPTIONS ?? ""}`.trim() });

function exitWith(code: number | null, signal: NodeJS.Signals | null): never {
  if (code !== 0) console.error(`Upright stopped: the server ${signal ? `was ended by ${signal}` : `exited with code ${code}`}.`);
  process.exit(code ?? 1);
}

/** One server process. Returns whether it is still running. */
function startOne(port: number): () => boolean {
  const child = spawn(process.execPath, [...SERVE_EXEC_ARGV, SERVE], { stdio: ["ignore", "inherit", "inherit"], env: { ...serverEnv(), PORT: String(port) } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", exitWith);
  return () => child.exitCode === null;
}

/**
 * n server processes sharing the port. One that fails later is replaced; one that fails within
 * its first 20 seconds stops them all, since a replacement would fail the same way (a bad setting,
 * a database that refuses the migration).
 */
function startWorkers(port: number, n: number): () => boolean {
  cluster.setupPrimary({ exec: SERVE, execArgv: SERVE_EXEC_ARGV });
  const startedAt = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork({ ...serverEnv(), PORT: String(port) });
    startedAt.set(worker.id, Date.now());
  };
  let stopping = false;
  const running = () => Object.keys(cluster.workers ?? {}).length > 0;
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(signal));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (!running()) process.exit(0);
      return;
    }
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 20_000) {
      stop("SIGTERM");
      exitWith(code, signal as NodeJS.Signals | null);
    }
    console.error(`Upright: a server process ${signal ? `was ended by ${signal}` : `exited with code ${code}`}; starting another.`);
    fork();
  });
  for (let i = 0; i < n; i++) fork();
  return running;
}

async function main() {
  const { port, dataDir } = prepareEnv();
  await checkDatabase(dataDir);
  const workers = workerCount();
  if (process.env.UPRIGHT_SKIP_BUILD !== "1") buildIfNeeded();
  const running = workers === 1 ? startOne(port) : startWorkers(port, workers);
  const url = `http://localhost:${port}`;
  if (await waitForHealth(url, running)) {
    console.log(`\nUpright is running at ${url}${workers > 1 ? ` (${workers} server processes)` : ""}`);
    console.log(`Database: ${process.env.DATABASE_URL ? "PostgreSQL server (DATABASE_URL)" : `embedded PGlite in ${dataDir}`}`);
    console.log("Demo logins (password for all: upright-demo-pass):");
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(8)} ${a.email}`);
  }
}

void main();
