/**
 * The embedded database across processes: a second opener of the data folder is refused with a
 * clear message, and a process killed with SIGKILL in the middle of writes loses no committed one.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, rowsOf } from "../../db/client";
import { DataDirLockedError } from "../../db/lock";
import { auditLog } from "../../db/schema";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "upright-pglite-"));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  fs.rmSync(tmp, { recursive: true, force: true });
});

function start(mode: "hold" | "write", dir: string) {
  // Node itself with tsx as a loader (not the tsx launcher), so the pid is the process holding the folder.
  const child = spawn(process.execPath, ["--import", "tsx", "test/child/pglite-process.ts", mode, dir], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const until = (test: (out: string) => boolean, ms = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const tick = setInterval(() => {
        if (test(out)) {
          clearInterval(tick);
          resolve();
        } else if (child.exitCode !== null || Date.now() - started > ms) {
          clearInterval(tick);
          reject(new Error(`child: ${err || out}`));
        }
      }, 50);
    });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, until, exited, output: () => out, errors: () => err };
}

let dir: string;
beforeAll(async () => {
  dir = path.join(tmp, "pglite");
  const database = await openPglite({ dir });
  await database.migrate();
  await database.close();
});

describe("the embedded data folder", () => {
  it("refuses a second process while the first holds it, and opens once the first is gone", async () => {
    const first = start("hold", dir);
    await first.until((o) => o.includes("ready"));
    await expect(openPglite({ dir })).rejects.toThrow(DataDirLockedError);
    await expect(openPglite({ dir })).rejects.toThrow(new RegExp(`in use by another Upright process \\(pid ${first.child.pid}\\)`));
    const second = start("hold", dir);
    expect(await second.exited).toBe(1);
    expect(second.errors()).toContain("in use by another Upright process");
    const backup = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/db-backup.ts", "backup", path.join(tmp, "x.tar.gz")], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: undefined, UPRIGHT_DATA_DIR: tmp },
    });
    expect(backup.status).toBe(1);
    expect(backup.stderr).toContain("stop Upright first");
    first.child.kill("SIGKILL");
    await first.exited;
    const reopened = await openPglite({ dir });
    await reopened.close();
  });

  it("keeps every committed transaction when the writer is killed with SIGKILL mid-write", async () => {
    const writer = start("write", dir);
    await writer.until((o) => (o.match(/committed \d+/g) ?? []).length >= 40);
    writer.child.kill("SIGKILL");
    await writer.exited;
    const committed = [...writer.output().matchAll(/committed (\d+)/g)].map((m) => Number(m[1]));
    const database = await openPglite({ dir });
    try {
      const rows = rowsOf<{ i: number; parts: number }>(
        await database.db.execute(sql`select (detail->>'i')::int as i, count(*)::int as parts from ${auditLog} where ${auditLog.action} = 'kill-test' group by 1`),
      );
      const stored = new Map(rows.map((r) => [r.i, r.parts]));
      for (const i of committed) expect(stored.get(i), `transaction ${i} was committed`).toBe(2);
      // Nothing half-written either: every transaction is there whole or not at all.
      expect(rows.every((r) => r.parts === 2)).toBe(true);
      const [count] = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, "kill-test"));
      expect(count!.n).toBeGreaterThanOrEqual(committed.length * 2);
    } finally {
      await database.close();
    }
  });
});
