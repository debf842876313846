/**
 * A second process for the PGlite tests. `hold <dir>`: open the folder and wait. `write <dir>`:
 * commit small transactions in a loop, printing each one only after its COMMIT returned.
 */
import { sql } from "drizzle-orm";
import { openPglite } from "../../db/client";
import { auditLog } from "../../db/schema";

async function main() {
  const [mode, dir] = process.argv.slice(2);
  if (!dir || (mode !== "hold" && mode !== "write")) throw new Error("usage: pglite-process hold|write <dir>");
  const database = await openPglite({ dir });
  console.log("ready");
  if (mode === "hold") {
    setInterval(() => {}, 60_000);
    return;
  }
  for (let i = 0; ; i++) {
    await database.db.transaction(async (tx) => {
      await tx.insert(auditLog).values({ orgId: null, actorId: null, action: "kill-test", detail: { i, part: 1 } });
      await tx.execute(sql`select pg_sleep(0.001)`);
      await tx.insert(auditLog).values({ orgId: null, actorId: null, action: "kill-test", detail: { i, part: 2 } });
    });
    console.log(`committed ${i}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
