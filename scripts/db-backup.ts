/**
 * `npm run db:backup [file]` and `npm run db:restore <file>`: the PostgreSQL server in
 * DATABASE_URL (pg_dump / pg_restore), else the embedded database in UPRIGHT_DATA_DIR (stop the
 * app first: an embedded database has one opener at a time).
 */
import path from "node:path";
import { backupPglite, backupServer, restorePglite, restoreServer } from "../db/backup";

async function main() {
  const [command, file] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  const dir = path.join(path.resolve(process.env.UPRIGHT_DATA_DIR ?? ".data"), "pglite");
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const target = file ?? path.join("backups", `upright-${stamp}.${url ? "dump" : "tar.gz"}`);
    if (url) backupServer(url, target);
    else await backupPglite(dir, target);
    console.log(`Backup written to ${target}`);
    return;
  }
  if (command === "restore" && file) {
    if (url) {
      restoreServer(file, url);
      console.log(`Restored ${file} into the PostgreSQL server in DATABASE_URL.`);
    } else {
      const kept = await restorePglite(file, dir);
      console.log(`Restored ${file} into ${dir}.${kept ? ` The previous data folder is kept in ${kept}.` : ""}`);
    }
    return;
  }
  console.error("Usage: npm run db:backup [file] | npm run db:restore <file>");
  process.exit(2);
}

main().catch((err: unknown) => {
  console.error(`db: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
  process.exit(1);
});
