/**
 * The tRPC endpoint as a browser or an attacker meets it: methods, origins, content types,
 * caching, and what an internal error gives away (nothing but a reference).
 */
import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { rowsOf } from "../../db/client";
import { useTestDatabase } from "../../test/db";
import { deps, ORIGIN, sessionCookieFor } from "../../test/http";
import { readAnswer } from "../api/read-answer";
import { logger } from "../logger";
import { handleTrpcRequest } from "./trpc-handler";

const t = useTestDatabase();

async function send(init: { method?: string; headers?: Record<string, string>; body?: string; path?: string }) {
  const req = new Request(`${ORIGIN}/api/trpc/${init.path ?? "me.get"}?batch=1`, {
    method: init.method ?? "POST",
    headers: init.headers,
    body: init.method === "GET" ? undefined : (init.body ?? JSON.stringify({ 0: null })),
  });
  return handleTrpcRequest(req, deps(t.db));
}

const json = { "content-type": "application/json" };

describe("what the endpoint accepts", () => {
  it("refuses GET, so no query (and no health data) ever sits in a URL", async () => {
    const cookie = await sessionCookieFor(t.db, "physio@riverside.example");
    const res = await send({ method: "GET", path: "triage.queue", headers: { cookie } });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("refuses another site, by Sec-Fetch-Site or by Origin", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    for (const headers of [
      { ...json, cookie, "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { ...json, cookie, "sec-fetch-site": "same-site", origin: "https://sub.upright.test" },
      { ...json, cookie, origin: "https://evil.example" },
      { ...json, cookie, origin: "null" },
    ]) {
      const res = await send({ path: "exercise.create", headers });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("other sites");
    }
  });

  it("refuses bodies that are not JSON (a plain HTML form cannot send JSON)", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await send({ path: "exercise.create", headers: { cookie, origin: ORIGIN, "content-type": type } });
      expect(res.status).toBe(415);
    }
  });

  it("answers a same-origin JSON request, marked no-store", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    const res = await send({ headers: { ...json, cookie, origin: ORIGIN, "sec-fetch-site": "same-origin" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    // Clients without browser headers (scripts, this test) carry no victim's cookie: accepted.
    expect((await send({ headers: { ...json, cookie } })).status).toBe(200);
  });

  it("puts the security headers on every answer, accepted or refused (API calls skip the page proxy)", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    const answers = [
      await send({ headers: { ...json, cookie } }),
      await send({ headers: json }),
      await send({ method: "GET", headers: { cookie } }),
      await send({ headers: { ...json, cookie, origin: "https://evil.example" } }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 401, 405, 403]);
    for (const res of answers) {
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
    }
  });

  it("answers 400 with the field at fault, changing nothing, when an input is not what the procedure takes", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    const before = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from exercises`))[0]!.n;
    const input = { name: "Wall slides", category: "mobility", bodyFocus: [], steps: ["Stand."], dose: { kind: "minutes", sets: null, reps: null, holdSeconds: null, minutes: 2, perSide: false }, cautions: null, mediaUrl: null };
    const cases: [unknown, RegExp][] = [
      [{ json: input }, /^name: /],
      [{ ...input, category: "yoga" }, /^category: /],
      [{ ...input, steps: "Stand." }, /^steps: /],
      ["[[[", /object/i],
      [42, /object/i],
    ];
    for (const [item, message] of cases) {
      const res = await send({ path: "exercise.create", headers: { ...json, cookie }, body: JSON.stringify({ 0: item }) });
      expect(res.status).toBe(400);
      const [answer] = JSON.parse(await res.text()) as [{ error: string }];
      expect(readAnswer(answer.error)).toMatchObject({ message: expect.stringMatching(message), data: { code: "BAD_REQUEST" } });
    }
    const after = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from exercises`))[0]!.n;
    expect(after).toBe(before);
  });

  it("answers 400, giving nothing away, when the body is not JSON at all", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    for (const body of ["{", "{\"0\": ", "not json"]) {
      const res = await send({ path: "exercise.create", headers: { ...json, cookie }, body });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toMatch(/at .*\.(ts|js):\d+|node_modules|SyntaxError/);
      const [answer] = JSON.parse(text) as [{ error: string }];
      expect(readAnswer(answer.error)).toMatchObject({ message: "The request body is not valid JSON.", data: { code: "BAD_REQUEST" } });
    }
  });

  it("answers a signed-out caller with 401 and no data", async () => {
    const res = await send({ headers: json });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain("riverside");
  });
});

describe("a value the database refuses", () => {
  it("answers 400 in plain words, without the query or the value", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    const input = { name: "Stretch\u0000NUL", category: "mobility", bodyFocus: [], steps: ["Stand."], dose: { kind: "minutes", sets: null, reps: null, holdSeconds: null, minutes: 2, perSide: false }, cautions: null, mediaUrl: null };
    const res = await send({ path: "exercise.create", headers: { ...json, cookie }, body: JSON.stringify({ 0: input }) });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).toContain("Some of the values sent are not valid.");
    for (const leak of [/insert/i, /exercises/i, /NUL/, /0x00/, /params/i]) expect(text).not.toMatch(leak);
  });
});

describe("an internal error", () => {
  it("shows a reference the log also records, and no SQL, table name, parameters or stack", async () => {
    const error = vi.spyOn(logger, "error");
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    // Break a table me.get reads but the session check does not (this file's private database copy).
    await t.db.execute(sql`alter table teams rename to teams_gone`);
    try {
      const res = await send({ headers: { ...json, cookie } });
      expect(res.status).toBe(500);
      const text = await res.text();
      const body = JSON.parse(text) as [{ error: string }];
      const err = readAnswer(body[0].error) as { message: string; data: { requestId: string; code: string } };
      expect(err.data.code).toBe("INTERNAL_SERVER_ERROR");
      expect(err.message).toBe(`Something went wrong on our side. Reference: ${err.data.requestId}`);
      for (const leak of [/select/i, /teams/i, /failed query/i, /params/i, /\.ts:\d+/, /at .*\(/, /stack/i]) expect(text).not.toMatch(leak);
      const logged = error.mock.calls.find(([obj]) => (obj as { requestId?: string }).requestId === err.data.requestId);
      expect(logged).toBeDefined();
    } finally {
      await t.db.execute(sql`alter table teams_gone rename to teams`);
      error.mockRestore();
    }
  });
});
