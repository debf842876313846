/**
 * `npm run db:migrate | db:seed | db:reset`: against DATABASE_URL, or the embedded database
 * in UPRIGHT_DATA_DIR (refused while a server holds it: PGlite has no lock of its own).
 */
import fs from "node:fs";
import path from "node:path";
import { type Database, openPglite, openPostgres } from "../db/client";
import { seedDemo } from "../db/seed";

async function open(): Promise<{ database: Database; where: string }> {
  const url = process.env.DATABASE_URL;
  if (url) return { database: openPostgres(url, { max: 2 }), where: "the PostgreSQL server in DATABASE_URL" };
  const dir = path.join(path.resolve(process.env.UPRIGHT_DATA_DIR ?? ".data"), "pglite");
  return { database: await openPglite({ dir }), where: dir };
}

async function main() {
  const command = process.argv[2];
  if (command !== "migrate" && command !== "seed" && command !== "reset") {
    console.error("Usage: tsx scripts/db.ts migrate|seed|reset");
    process.exit(2);
  }
  if (command === "reset" && !process.env.DATABASE_URL) {
    const dataDir = path.resolve(process.env.UPRIGHT_DATA_DIR ?? ".data");
    const { lockHolder } = await import("../db/lock");
    const holder = lockHolder(path.join(dataDir, "pglite"));
    if (holder) throw new Error(`the data folder is in use by process ${holder}; stop the app first.`);
    fs.rmSync(path.join(dataDir, "pglite"), { recursive: true, force: true });
  }
  const { database, where } = await open();
  try {
    if (command === "reset" && process.env.DATABASE_URL) {
      await database.db.execute("drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;");
    }
    await database.migrate();
    console.log(`Migrations applied to ${where}.`);
    if (command !== "migrate") {
      await seedDemo(database.db);
      console.log("Demo data seeded (password for every demo account: upright-demo-pass).");
    }
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(`db: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
  process.exit(1);
});
