/**
 * tRPC calls as `npm start` answers them, ahead of Next: a real Node HTTP server in front of the
 * same handler. The handler's own rules are tested in trpc-http.db.test.ts; here, what the Node
 * side adds: the route it claims, the body limit, compression and the headers that reach the wire.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { deps, sessionCookieFor } from "../../test/http";
import { isTrpcCall } from "./trpc-listener";
import { answerTrpcCall } from "./trpc-node";

const t = useTestDatabase();
let server: http.Server;
let origin = "";

beforeAll(async () => {
  server = http.createServer((req, res) => void answerTrpcCall(req, res, deps(t.db, { origin })));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function call(path: string, opts: { cookie?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}/api/trpc/${path}?batch=1`, { method: "POST", headers: { "content-type": "application/json", origin, ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(opts.body ?? JSON.stringify({ 0: null }));
  });
}

const rosterInput = JSON.stringify({ 0: { teamId: null, search: "", tier: null, returnToRun: null, sort: "name", desc: false, page: 0, pageSize: 25 } });

describe("the tRPC listener ahead of Next", () => {
  it("claims /api/trpc and its procedures, nothing else", () => {
    for (const url of ["/api/trpc", "/api/trpc/me.get?batch=1", "/api/trpc?batch=1"]) expect(isTrpcCall(url)).toBe(true);
    for (const url of ["/api/trpcx", "/api/trpc-export", "/api/health", "/coach", undefined]) expect(isTrpcCall(url)).toBe(false);
  });

  it("answers a signed-in call with the handler's status, security headers and no-store", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    const res = await call("me.get", { cookie });
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.body.toString()).toContain("coach@riverside.example");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
  });

  it("refuses a signed-out call and another site's call, as the route handler does", async () => {
    expect((await call("me.get")).status).toBe(401);
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    const res = await call("me.get", { cookie, headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect(res.body.toString()).not.toContain("riverside");
  });

  it("compresses a larger answer for a client that accepts gzip, and only then", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    const plain = await call("roster.page", { cookie, body: rosterInput });
    expect(plain.status).toBe(200);
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const zipped = await call("roster.page", { cookie, body: rosterInput, headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toContain("accept-encoding");
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
  });

  it("refuses a body over the limit without reading it all, and changes nothing", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    const list = JSON.stringify({ 0: { includeArchived: true } });
    const before = await call("exercise.list", { cookie, body: list });
    expect(before.status).toBe(200);
    const huge = JSON.stringify({ 0: { name: "x".repeat(5 * 1024 * 1024) } });
    const res = await call("exercise.create", { cookie, body: huge });
    expect(res.status).toBe(413);
    expect(res.body.toString()).not.toMatch(/stack|at .*\.ts/);
    expect((await call("exercise.list", { cookie, body: list })).body.toString()).toBe(before.body.toString());
  });
});
