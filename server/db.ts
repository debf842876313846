import path from "node:path";
import { sql } from "drizzle-orm";
import { type Database, openPglite, openPostgres } from "../db/client";
import { seedIfEmpty } from "../db/seed";
import { seedE2eOrganisation } from "../db/seed/e2e-org";
import { underStartupLock } from "../db/startup-lock";
import { dataDir, env } from "./env";
import { type Gate, requestGate } from "./http/request-gate";
import { logger } from "./logger";

/**
 * The app's one database, shared through globalThis so that every bundle Next builds
 * (route handlers, server components, instrumentation) uses the same connection and,
 * for PGlite, the same single opener of the data folder.
 */
const g = globalThis as unknown as { __uprightDatabase?: Promise<Database>; __uprightGate?: Gate };

export function appDatabase(): Promise<Database> {
  g.__uprightDatabase ??= openAppDatabase().catch((err: unknown) => {
    g.__uprightDatabase = undefined;
    throw err;
  });
  return g.__uprightDatabase;
}

async function openAppDatabase(): Promise<Database> {
  const { DATABASE_URL, DATABASE_PREPARED_STATEMENTS } = env();
  const database = DATABASE_URL
    ? openPostgres(DATABASE_URL, { prepare: DATABASE_PREPARED_STATEMENTS === "true", onReplace: () => logger.warn("the database stopped answering: its connections were dropped and a new pool opened") })
    : await openPglite({ dir: path.join(dataDir(), "pglite") });
  await prepareDatabase(database, DATABASE_URL);
  return database;
}

/** Migrations, then the demo data into an empty database; on a server, one instance at a time. */
export async function prepareDatabase(database: Database, serverUrl?: string) {
  const prepare = async () => {
    await database.migrate();
    const seeded = await seedIfEmpty(database.db);
    if (seeded && env().UPRIGHT_E2E_FIXTURES === "1") await seedE2eOrganisation(database.db);
  };
  await (serverUrl ? underStartupLock(serverUrl, prepare) : prepare());
}

/**
 * The one gate for tRPC calls at the app's database (request-gate.ts), chosen by the same setting that chooses
 * the database, so a database that cannot be opened is still reported by the call itself (503), not the gate.
 */
export const appGate: Gate = (work) => {
  g.__uprightGate ??= requestGate(env().DATABASE_URL ? "postgres" : "pglite");
  return g.__uprightGate(work);
};

export async function db() {
  return (await appDatabase()).db;
}

/**
 * /api/health's limit: under the 5 s the app promises, and above the 3.5 s after which a
 * PostgreSQL pool gives up on a silent server (db/watched-pool.ts), so a health check on a
 * silent server ends the way requests do, letting go of the stuck connections.
 */
export const HEALTH_TIMEOUT_MS = 4000;

/** True when the database answers within the time limit. */
export async function databaseAnswers(timeoutMs = HEALTH_TIMEOUT_MS, open: () => Promise<Pick<Database, "db">> = appDatabase): Promise<boolean> {
  try {
    const database = await withTimeout(open(), timeoutMs);
    await withTimeout(database.db.execute(sql`select 1`), timeoutMs);
    return true;
  } catch {
    return false;
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error("timeout")), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
