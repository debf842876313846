/**
 * Every procedure, called by anyone with random and hostile input (shaped like its schema, with
 * real ids of both organisations, edge numbers and attack strings, or anything at all): never an
 * internal error, and a call that fails changes nothing (the audit trail aside, which records it).
 */
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/client";
import { users } from "../../db/schema";
import { callerAs, useTestDatabase } from "../../test/db";
import { demoIds } from "../../test/fixtures";
import { arbitraryFor, type Pools } from "../../test/zod-arbitrary";
import { appRouter } from "./root";

const CALLERS = [
  null,
  "admin@riverside.example",
  "coach@riverside.example",
  "coach2@riverside.example",
  "physio@riverside.example",
  "athlete@riverside.example",
  "admin@hillside.example",
  "coach@hillside.example",
  "physio@hillside.example",
  "athlete@hillside.example",
];
/** Tables whose rows a refused call may add: the record of the refusal itself. */
const LOGS = new Set(["audit_log", "sign_in_attempts"]);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);

const t = useTestDatabase();
let pools: Pools;
let tables: string[];
type Caller = Awaited<ReturnType<typeof callerAs>>;
const callers: Caller[] = [];

beforeAll(async () => {
  const ids = await demoIds(t.db);
  const people = await t.db.select({ id: users.id }).from(users).limit(12);
  pools = {
    ids: [...new Set([ids.athlete, ids.hillsideAthlete, ids.trailAthlete, ids.roadTeam, ids.trailTeam, ids.program, ids.assignment, ids.item, ids.openCase.id, ids.globalExercise, ...people.map((p) => p.id)])],
    strings: ["2026-01-05", new Date().toISOString().slice(0, 10)],
  };
  const listed = rowsOf<{ table_name: string }>(await t.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`));
  tables = listed.map((r) => r.table_name).filter((n) => !LOGS.has(n));
  for (const email of CALLERS) callers.push(await callerAs(t.db, email));
});

/** Row count and a hash of every row of every table but the logs. */
async function fingerprint(): Promise<string> {
  const parts = tables.map((name) => sql`select ${name}::text as t, count(*)::text as n, coalesce(sum(hashtext(x::text)::bigint), 0)::text as h from ${sql.identifier(name)} x`);
  const rows = rowsOf<{ t: string; n: string; h: string }>(await t.db.execute(sql.join(parts, sql` union all `)));
  return rows.map((r) => `${r.t}:${r.n}:${r.h}`).join("|");
}

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (i?: unknown) => Promise<unknown>;
  return fn(input);
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>).sort(([a], [b]) => a.localeCompare(b));

describe("random and hostile input", () => {
  it.each(procedures.map(([path, p]) => [path, p] as const))("%s", async (path, procedure) => {
    const schema = procedure._def.inputs[0];
    const input = schema ? fc.oneof({ weight: 4, arbitrary: arbitraryFor(schema, pools) }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) }) : fc.anything({ maxDepth: 1 });
    let before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: CALLERS.length - 1 }), input, async (who, value) => {
        try {
          await call(callers[who]!, path, value);
          before = await fingerprint();
        } catch (err) {
          if (!(err instanceof TRPCError)) throw err;
          expect(err.code, `${CALLERS[who]} ${path}: ${err.message}`).not.toBe("INTERNAL_SERVER_ERROR");
          expect(await fingerprint(), `${CALLERS[who]} ${path} failed with ${err.code} but changed data`).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
