/**
 * DATABASE_PREPARED_STATEMENTS=false is for a pooler that hands each transaction another server
 * connection (PgBouncer in transaction mode), where a named statement prepared on one connection is
 * unknown on the next: then no statement may be prepared, not even those the app prepares by name
 * (the session's, the rules' inputs). Needs a PostgreSQL server (TEST_DATABASE_URL, else 127.0.0.1:5432).
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openPostgres, rowsOf } from "../../db/client";
import { pgServerAnswers, pgServerUrl } from "../../test/pg-server";

const available = await pgServerAnswers();

/**
 * How many statements the one connection prepares for a statement drizzle prepares by name. (The
 * connection's own first query, postgres.js reading the server's array types, is left out: it runs
 * once per connection, before any of the app's.)
 */
async function preparedForNamedStatement(prepare: boolean): Promise<number> {
  const database = openPostgres(pgServerUrl, { max: 1, prepare });
  const count = async () => rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int n from pg_prepared_statements where statement like '%pg_namespace%' and statement not like '%pg_prepared_statements%'`))[0]!.n;
  try {
    const before = await count();
    const named = database.db.select({ n: sql<number>`count(*)` }).from(sql`pg_namespace`).where(sql`${sql.placeholder("one")}::int = 1`).prepare("named_probe");
    await named.execute({ one: 1 });
    await named.execute({ one: 1 });
    return (await count()) - before;
  } finally {
    await database.close();
  }
}

describe.skipIf(!available)("prepared statements on a PostgreSQL server", () => {
  it("prepares nothing when turned off, even a statement drizzle prepares by name", async () => {
    expect(await preparedForNamedStatement(false)).toBe(0);
  });

  it("prepares statements when on (the default)", async () => {
    expect(await preparedForNamedStatement(true)).toBe(1);
  });
});
