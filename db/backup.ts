import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockHolder } from "./lock";
import { openPglite } from "./client";

/**
 * Backups of either database. A server: pg_dump's custom format, restored with pg_restore.
 * PGlite: its own data-folder tarball (dumpDataDir), restored by loading it into a fresh folder;
 * the folder it replaces is kept beside it, never deleted.
 */
export class BackupError extends Error {}

const PG_DUMP_MAGIC = "PGDMP";
const GZIP_MAGIC = [0x1f, 0x8b];

export function backupKind(file: string): "server" | "pglite" | "unknown" {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString("latin1") === PG_DUMP_MAGIC) return "server";
  if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return "pglite";
  return "unknown";
}

function refuseWhileRunning(dir: string) {
  const holder = lockHolder(dir);
  if (holder) throw new BackupError(`the data folder ${dir} is in use by process ${holder}: stop Upright first (an embedded database has one opener at a time).`);
}

export async function backupPglite(dir: string, file: string) {
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) throw new BackupError(`no database in ${dir}.`);
  refuseWhileRunning(dir);
  const database = await openPglite({ dir });
  try {
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir("gzip");
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
}

/** Returns where the replaced folder was kept, or null when there was none. */
export async function restorePglite(file: string, dir: string): Promise<string | null> {
  if (backupKind(file) !== "pglite") throw new BackupError(`${file} is not a backup of an embedded database (for a server backup, set DATABASE_URL).`);
  refuseWhileRunning(dir);
  let kept: string | null = null;
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    kept = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(dir, kept);
  }
  fs.mkdirSync(dir, { recursive: true });
  const database = await openPglite({ dir, loadDataDir: new Blob([fs.readFileSync(file)]) });
  await database.close();
  return kept;
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error) throw new BackupError(`${cmd} could not run (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}); install the PostgreSQL client tools.`);
  if (r.status !== 0) throw new BackupError(`${cmd} failed: ${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" ")}`);
}

export function backupServer(url: string, file: string) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`]);
}

/** Replaces what the database holds with the backup, in one transaction: all or nothing. */
export function restoreServer(file: string, url: string) {
  if (backupKind(file) !== "server") throw new BackupError(`${file} is not a pg_dump backup (for an embedded-database backup, unset DATABASE_URL).`);
  run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file]);
}
