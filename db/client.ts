import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquireDataDirLock } from "./lock";
import { type WatchTiming, watchedPool } from "./watched-pool";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Query functions take either the database or an open transaction. */
export type DbOrTx = Db | Tx;

export type Database = { db: Db; kind: "pglite" | "postgres"; migrate: () => Promise<void>; close: () => Promise<void> };

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * `prepare` (default true): statements are prepared, and their plans reused, per connection.
 * Turn it off behind a pooler that hands each transaction a different server connection
 * (PgBouncer in transaction mode), where a statement prepared on one is unknown on the next.
 */
export function openPostgres(url: string, opts: { max?: number; timing?: WatchTiming; onReplace?: () => void; prepare?: boolean } = {}): Database {
  const settings: postgres.Options<Record<string, postgres.PostgresType>> = {
    onnotice: () => {},
    connect_timeout: 5,
    idle_timeout: 30,
    // Dashboard queries are many short statements: JIT compiling them cost more (200-300 ms on a
    // large club) than it ever saved, and adherence sorts fit in memory with 32 MB.
    connection: { jit: "off", work_mem: "32MB" },
  };
  // A request must fail fast with "service unavailable" when the server is gone (connection
  // refused, connect_timeout) and when it is there but silent (the watched pool).
  const pool = watchedPool({
    open: () => {
      const client = postgres(url, { ...settings, max: opts.max ?? 10 });
      drizzlePostgres(client); // drizzle sets its date and JSON parsers on every pool it is given
      return client;
    },
    probe: (timeoutMs) => serverAnswers(url, settings, timeoutMs),
    timing: opts.timing,
    onReplace: opts.onReplace,
    prepare: opts.prepare ?? true,
  });
  const db = drizzlePostgres(pool.client, { schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    migrate: () => migratePostgres(drizzlePostgres(pool.client, { casing: "snake_case" }), { migrationsFolder }),
    close: () => pool.end({ timeout: 5 }),
  };
}

/** Whether the server answers `select 1` (or anything: an error is an answer too) on a connection of its own. */
async function serverAnswers(url: string, settings: postgres.Options<Record<string, postgres.PostgresType>>, timeoutMs: number): Promise<boolean> {
  const probe = postgres(url, { ...settings, max: 1, connect_timeout: Math.ceil(timeoutMs / 1000), fetch_types: false });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([probe`select 1`, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), timeoutMs)))]);
    return true;
  } catch (err) {
    return err instanceof postgres.PostgresError;
  } finally {
    clearTimeout(timer);
    void probe.end({ timeout: 0 }).catch(() => {});
  }
}

/** dir null = in memory; loadDataDir = a tarball made by dumpDataDir (fast test databases). */
export async function openPglite(opts: { dir: string | null; loadDataDir?: Blob; lock?: boolean }): Promise<Database> {
  let release = () => {};
  if (opts.dir) {
    fs.mkdirSync(opts.dir, { recursive: true });
    if (opts.lock !== false) release = acquireDataDirLock(opts.dir);
  }
  const client = await PGlite.create({
    ...(opts.dir ? { dataDir: opts.dir } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
  });
  await client.exec("set work_mem = '32MB'");
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(drizzlePglite(client, { casing: "snake_case" }), { migrationsFolder }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** postgres.js returns an array from execute(), PGlite an object with rows: one shape for both. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
