/**
 * The PostgreSQL server goes away mid-test and comes back, or stays connected and goes silent
 * (a black hole): requests fail within 5 seconds with "service unavailable", /api/health
 * answers 503, and the same process recovers by itself. Long work the server does answer is
 * never cut short. Needs a PostgreSQL server (TEST_DATABASE_URL, else 127.0.0.1:5432); the app
 * reaches it through a loopback proxy the test cuts or silences, so the shared server itself is
 * never stopped.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openPostgres, rowsOf } from "../../db/client";
import { organisations, users } from "../../db/schema";
import { withDatabase } from "../../test/global-setup";
import { pgServerAnswers, pgServerUrl } from "../../test/pg-server";
import { httpClient, sessionCookieFor } from "../../test/http";
import { startTcpProxy } from "../../test/tcp-proxy";
import { NOT_ANSWERING } from "../../db/watched-pool";
import { databaseAnswers, HEALTH_TIMEOUT_MS } from "../db";
import { healthResponse } from "../http/health";
import { runScheduledCheck } from "../services/scheduler";

const serverUrl = pgServerUrl;
const available = await pgServerAnswers();
const name = `upright_down_${randomBytes(5).toString("hex")}`;
let direct: Database;
let app: Database;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let cookie: string;
let replacements = 0;

const UNAVAILABLE = { message: "The service is unavailable right now. Please try again in a moment.", data: { code: "SERVICE_UNAVAILABLE" } };
const health = () => healthResponse(() => databaseAnswers(HEALTH_TIMEOUT_MS, async () => app));

/** /api/health answers 503 in plain words, within 5 seconds. */
async function expectHealthDown() {
  const started = Date.now();
  const h = await health();
  expect(h.status).toBe(503);
  expect(await h.json()).toEqual({ status: "unavailable", message: "The database is not answering." });
  expect(Date.now() - started).toBeLessThan(5000);
}

/** The app's tRPC client over HTTP, and the status of its last response. */
function appClient() {
  const last = { status: 0 };
  return { client: httpClient(app.db, { cookie, onResponse: (res) => (last.status = res.status) }), last };
}

describe.skipIf(!available)("when the PostgreSQL server goes away or goes silent", () => {
  beforeAll(async () => {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    direct = openPostgres(withDatabase(serverUrl, name), { max: 2 });
    await direct.migrate();
    const [org] = await direct.db.insert(organisations).values({ slug: "down", name: "Down Club" }).returning();
    await direct.db.insert(users).values({ orgId: org!.id, email: "coach@down.example", name: "Dana Down", role: "coach" });
    cookie = await sessionCookieFor(direct.db, "coach@down.example");
    const target = new URL(serverUrl);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(withDatabase(serverUrl, name));
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    app = openPostgres(viaProxy.toString(), { max: 4, onReplace: () => replacements++ });
  });

  afterAll(async () => {
    await app?.close().catch(() => {});
    await proxy?.cut();
    await direct?.close();
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it("fails fast with 503, reports it on /api/health, and recovers without a restart", async () => {
    const { client, last } = appClient();
    expect((await client.me.get.query()).organisation.name).toBe("Down Club");
    expect((await health()).status).toBe(200);

    await proxy.cut();
    const started = Date.now();
    await expect(client.me.get.query()).rejects.toMatchObject(UNAVAILABLE);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(last.status).toBe(503);
    await expectHealthDown();

    await proxy.restore();
    expect((await client.me.get.query()).organisation.name).toBe("Down Club");
    expect(last.status).toBe(200);
    expect((await health()).status).toBe(200);
  });

  it("fails fast with 503 while the server is a black hole, and recovers without a restart", async () => {
    const { client, last } = appClient();
    expect((await client.me.get.query()).organisation.name).toBe("Down Club");
    const before = replacements;

    proxy.blackHole();
    // The pool's open connections go silent and new ones are never greeted; several requests
    // at once, then one more after the first ones gave up.
    for (const batch of [3, 1]) {
      const started = Date.now();
      const results = await Promise.allSettled(Array.from({ length: batch }, () => client.me.get.query()));
      expect(Date.now() - started).toBeLessThan(5000);
      for (const r of results) {
        expect(r.status).toBe("rejected");
        expect((r as PromiseRejectedResult).reason).toMatchObject(UNAVAILABLE);
      }
      expect(last.status).toBe(503);
    }
    await expectHealthDown();
    // Background work gives up too, so the next hourly run is not blocked behind a stuck one.
    const check = Date.now();
    await expect(runScheduledCheck(app.db, { smtp: null })).rejects.toMatchObject({ code: NOT_ANSWERING });
    expect(Date.now() - check).toBeLessThan(5000);
    // The stuck connections were let go of rather than kept forever.
    expect(replacements).toBeGreaterThan(before);

    // The silenced connections stay silent (as on a dead network path): only new ones work.
    await proxy.restore();
    const back = Date.now();
    expect((await client.me.get.query()).organisation.name).toBe("Down Club");
    expect(last.status).toBe(200);
    expect((await health()).status).toBe(200);
    expect(Date.now() - back).toBeLessThan(5000);
  });

  it("lets long work finish while the server answers", async () => {
    const before = replacements;
    const started = Date.now();
    // Longer than the point where a silent server would be given up on, in a transaction too.
    const [row] = rowsOf<{ done: number }>(await app.db.execute(sql`select 1 as done from pg_sleep(4.5)`));
    const inTx = await app.db.transaction(async (tx) => rowsOf<{ done: number }>(await tx.execute(sql`select 2 as done from pg_sleep(4.5)`)));
    expect(row?.done).toBe(1);
    expect(inTx[0]?.done).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9000);
    expect(replacements).toBe(before);
  });
});
