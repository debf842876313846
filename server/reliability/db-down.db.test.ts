/**
 * The PostgreSQL server goes away mid-test and comes back: requests fail within 5 seconds with
 * "service unavailable", /api/health answers 503, and the same process recovers by itself.
 * Needs a PostgreSQL server (TEST_DATABASE_URL, else 127.0.0.1:5432); the app reaches it
 * through a loopback proxy the test cuts, so the shared server itself is never stopped.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openPostgres } from "../../db/client";
import { organisations, users } from "../../db/schema";
import { withDatabase } from "../../test/global-setup";
import { pgServerAnswers, pgServerUrl } from "../../test/pg-server";
import { httpClient, sessionCookieFor } from "../../test/http";
import { startTcpProxy } from "../../test/tcp-proxy";
import { databaseAnswers } from "../db";
import { healthResponse } from "../http/health";

const serverUrl = pgServerUrl;
const available = await pgServerAnswers();
const name = `upright_down_${randomBytes(5).toString("hex")}`;
let direct: Database;
let app: Database;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let cookie: string;

describe.skipIf(!available)("with the PostgreSQL server gone", () => {
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
    app = openPostgres(viaProxy.toString(), { max: 4 });
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
    let status = 0;
    const client = httpClient(app.db, { cookie, onResponse: (res) => (status = res.status) });
    const health = () => healthResponse(() => databaseAnswers(3000, async () => app));

    expect((await client.me.get.query()).organisation.name).toBe("Down Club");
    expect((await health()).status).toBe(200);

    await proxy.cut();
    const started = Date.now();
    await expect(client.me.get.query()).rejects.toMatchObject({
      message: "The service is unavailable right now. Please try again in a moment.",
      data: { code: "SERVICE_UNAVAILABLE" },
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(status).toBe(503);
    const down = Date.now();
    const h = await health();
    expect(h.status).toBe(503);
    expect(await h.json()).toEqual({ status: "unavailable", message: "The database is not answering." });
    expect(Date.now() - down).toBeLessThan(5000);

    await proxy.restore();
    expect((await client.me.get.query()).organisation.name).toBe("Down Club");
    expect(status).toBe(200);
    expect((await health()).status).toBe(200);
  });
});
