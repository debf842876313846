/**
 * `npm run db:backup` then `npm run db:restore` into a fresh database, for the embedded database
 * and for a PostgreSQL server: every table holds as many rows as before.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type Db, openPglite, openPostgres, rowsOf } from "../../db/client";
import { seedDemo } from "../../db/seed";
import { withDatabase } from "../../test/global-setup";
import { pgServerAnswers, pgServerUrl } from "../../test/pg-server";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "upright-backup-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function npmRun(script: "backup" | "restore", file: string, env: Record<string, string | undefined>) {
  const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/db-backup.ts", script, file], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: undefined, ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = rowsOf<{ s: string; t: string }>(
    await db.execute(sql`select table_schema as s, table_name as t from information_schema.tables where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`),
  );
  const counts: Record<string, number> = {};
  for (const { s, t } of tables) {
    const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.identifier(s)}.${sql.identifier(t)}`));
    counts[`${s}.${t}`] = row!.n;
  }
  return counts;
}

const templateDump = process.env.TEST_DATABASE_URL ? undefined : inject("templateDump");
const serverUrl = pgServerUrl;
const serverReady = spawnSync("pg_dump", ["--version"]).status === 0 && (await pgServerAnswers());

describe("backup and restore", () => {
  it.skipIf(!templateDump)("an embedded database, into a fresh data folder", async () => {
    const source = path.join(tmp, "a");
    const seeded = await openPglite({ dir: path.join(source, "pglite"), loadDataDir: new Blob([fs.readFileSync(templateDump!)]) });
    const before = await rowCounts(seeded.db);
    await seeded.close();
    const file = path.join(tmp, "embedded.tar.gz");
    expect(npmRun("backup", file, { UPRIGHT_DATA_DIR: source })).toContain("Backup written");
    const target = path.join(tmp, "b");
    expect(npmRun("restore", file, { UPRIGHT_DATA_DIR: target })).toContain("Restored");
    const restored = await openPglite({ dir: path.join(target, "pglite") });
    try {
      expect(await rowCounts(restored.db)).toEqual(before);
      expect(before["public.pain_reports"]).toBeGreaterThan(0);
    } finally {
      await restored.close();
    }
  });

  it.skipIf(!serverReady)("a PostgreSQL server, into a fresh database", async () => {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    const tag = randomBytes(4).toString("hex");
    const [src, dst] = [`upright_bk_src_${tag}`, `upright_bk_dst_${tag}`];
    const template = process.env.TEST_DATABASE_URL ? inject("templateDatabase") : null;
    await admin.unsafe(template ? `create database ${src} template ${template}` : `create database ${src}`);
    await admin.unsafe(`create database ${dst}`);
    const source = openPostgres(withDatabase(serverUrl, src), { max: 2 });
    const target = openPostgres(withDatabase(serverUrl, dst), { max: 2 });
    try {
      if (!template) {
        await source.migrate();
        await seedDemo(source.db);
      }
      const before = await rowCounts(source.db);
      const file = path.join(tmp, "server.dump");
      npmRun("backup", file, { DATABASE_URL: withDatabase(serverUrl, src) });
      npmRun("restore", file, { DATABASE_URL: withDatabase(serverUrl, dst) });
      expect(await rowCounts(target.db)).toEqual(before);
      expect(before["public.pain_reports"]).toBeGreaterThan(0);
      // The restored audit trail is append-only again.
      await expect(target.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    } finally {
      await source.close();
      await target.close();
      await admin.unsafe(`drop database if exists ${src} with (force)`);
      await admin.unsafe(`drop database if exists ${dst} with (force)`);
      await admin.end();
    }
  });
});
