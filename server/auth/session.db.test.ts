/**
 * Sessions over HTTP: the token says who and when; the database and the role's limits decide.
 */
import { eq, sql } from "drizzle-orm";
import { decode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { users } from "../../db/schema";
import { useTestDatabase, userId } from "../../test/db";
import proxy from "../../proxy";
import { httpClient, ORIGIN, sessionCookieFor } from "../../test/http";
import { epochSeconds } from "../domain/session-policy";
import { sessionCookie, sessionSecret } from "./session-cookie";

const t = useTestDatabase();
const now = () => epochSeconds(new Date());
const MIN = 60;
const H = 3600;

async function meAs(cookie: string, onResponse?: (res: Response) => void) {
  return httpClient(t.db, { cookie, onResponse }).me.get.query();
}

describe("session limits", () => {
  it("a fresh staff session works", async () => {
    const me = await meAs(await sessionCookieFor(t.db, "coach@riverside.example"));
    expect(me.email).toBe("coach@riverside.example");
  });

  it("a staff session ends after 30 minutes without a request", async () => {
    const cookie = await sessionCookieFor(t.db, "physio@riverside.example", { authAt: now() - H, seenAt: now() - 31 * MIN });
    await expect(meAs(cookie)).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
  });

  it("a staff session ends after 12 hours however busy", async () => {
    const cookie = await sessionCookieFor(t.db, "admin@riverside.example", { authAt: now() - 12 * H - 5, seenAt: now() - 5 });
    await expect(meAs(cookie)).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
  });

  it("an athlete stays signed in over a day without use, within 30 days in all", async () => {
    const day = 24 * H;
    expect((await meAs(await sessionCookieFor(t.db, "athlete@riverside.example", { authAt: now() - 20 * day, seenAt: now() - 3 * day }))).role).toBe("athlete");
    await expect(meAs(await sessionCookieFor(t.db, "athlete@riverside.example", { authAt: now() - 31 * day, seenAt: now() - 60 }))).rejects.toMatchObject({
      data: { code: "UNAUTHORIZED" },
    });
  });

  it("a token from before this release (no sign-in time) is not accepted", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example", {}, { authAt: undefined, seenAt: undefined });
    await expect(meAs(cookie)).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
  });

  it("a request moves last-seen forward in a re-signed HttpOnly, SameSite=Lax cookie", async () => {
    const seenAt = now() - 10 * MIN;
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example", { authAt: now() - H, seenAt });
    let setCookie: string | null = null;
    await meAs(cookie, (res) => {
      setCookie = res.headers.get("set-cookie");
      expect(res.headers.get("cache-control")).toBe("no-store");
    });
    expect(setCookie).toMatch(new RegExp(`^${sessionCookie().name}=`));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const value = setCookie!.split(";")[0]!.split("=").slice(1).join("=");
    const claims = await decode({ token: value, secret: sessionSecret()! });
    expect(claims?.seenAt).toBeGreaterThanOrEqual(now() - 5);
    expect(claims?.authAt).toBeLessThanOrEqual(now() - H + 1);
    // Within a minute of the last refresh, nothing is re-signed.
    let again: string | null = "unset";
    await meAs(await sessionCookieFor(t.db, "coach@riverside.example", { authAt: now() - H, seenAt: now() - 5 }), (res) => (again = res.headers.get("set-cookie")));
    expect(again).toBeNull();
  });

  it("an unauthenticated or refused request gets no cookie", async () => {
    const cookie = await sessionCookieFor(t.db, "physio@riverside.example", { authAt: now() - H, seenAt: now() - 40 * MIN });
    let setCookie: string | null = "unset";
    await meAs(cookie, (res) => (setCookie = res.headers.get("set-cookie"))).catch(() => {});
    expect(setCookie).toBeNull();
  });
});

describe("page loads count as activity", () => {
  const load = (cookie: string, path = "/coach", headers: Record<string, string> = {}) => proxy(new NextRequest(`${ORIGIN}${path}`, { headers: { cookie, ...headers } }));
  const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;

  it("a signed-in page load moves last-seen forward, so reading pages keeps a staff session alive", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example", { authAt: now() - H, seenAt: now() - 25 * MIN });
    const res = await load(cookie);
    const setCookie = res.headers.get("set-cookie");
    expect(setCookie).toMatch(new RegExp(`^${sessionCookie().name}=`));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const claims = await decode({ token: cookieOf(setCookie!).split("=").slice(1).join("="), secret: sessionSecret()! });
    expect(claims?.seenAt).toBeGreaterThanOrEqual(now() - 5);

    // Ten minutes on: 35 minutes after the last tRPC call, 10 after the page load.
    const later = () => new Date(Date.now() + 10 * MIN * 1000);
    await expect(httpClient(t.db, { cookie, deps: { now: later } }).me.get.query()).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
    const me = await httpClient(t.db, { cookie: cookieOf(setCookie!), deps: { now: later } }).me.get.query();
    expect(me.email).toBe("coach@riverside.example");
  });

  it("an idle or expired session is not revived; prefetches, API paths and a just-refreshed session get no cookie", async () => {
    const idle = await sessionCookieFor(t.db, "physio@riverside.example", { authAt: now() - H, seenAt: now() - 31 * MIN });
    const expired = await sessionCookieFor(t.db, "admin@riverside.example", { authAt: now() - 12 * H - 5, seenAt: now() - 5 * MIN });
    const due = await sessionCookieFor(t.db, "coach@riverside.example", { authAt: now() - H, seenAt: now() - 5 * MIN });
    const fresh = await sessionCookieFor(t.db, "coach@riverside.example", { authAt: now() - H, seenAt: now() - 5 });
    expect((await load(idle, "/triage")).headers.get("set-cookie")).toBeNull();
    expect((await load(expired, "/admin")).headers.get("set-cookie")).toBeNull();
    expect((await load(fresh)).headers.get("set-cookie")).toBeNull();
    expect((await load(due, "/coach", { "next-router-prefetch": "1", rsc: "1" })).headers.get("set-cookie")).toBeNull();
    expect((await load(due, "/coach", { "sec-purpose": "prefetch" })).headers.get("set-cookie")).toBeNull();
    expect((await load(due, "/api/health")).headers.get("set-cookie")).toBeNull();
    // A client-side navigation (an RSC request, not a prefetch) is a page load.
    expect((await load(due, "/coach", { rsc: "1" })).headers.get("set-cookie")).toMatch(new RegExp(`^${sessionCookie().name}=`));
  });
});

describe("changes take effect on the very next request", () => {
  it("deactivation, a role change and a password change (session version) each end the session", async () => {
    const email = "athlete03@riverside.example";
    const id = await userId(t.db, email);
    const bump = () => t.db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id));

    let cookie = await sessionCookieFor(t.db, email);
    await meAs(cookie);
    await bump();
    await expect(meAs(cookie)).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });

    cookie = await sessionCookieFor(t.db, email);
    await t.db.update(users).set({ active: false }).where(eq(users.id, id));
    await expect(meAs(cookie)).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
    await t.db.update(users).set({ active: true }).where(eq(users.id, id));

    // The role comes from the database: a token claiming "admin" does not make an athlete one.
    cookie = await sessionCookieFor(t.db, email, {}, { role: "admin" });
    expect((await meAs(cookie)).role).toBe("athlete");
  });

  it("removing a coach from a team hides its athletes on the next request", async () => {
    const cookie = await sessionCookieFor(t.db, "coach@riverside.example");
    const client = httpClient(t.db, { cookie });
    const before = await client.roster.list.query();
    expect(before.length).toBeGreaterThan(0);
    const coach = await userId(t.db, "coach@riverside.example");
    await t.db.execute(sql`delete from team_members where user_id = ${coach}`);
    expect(await client.roster.list.query()).toEqual([]);
  });
});
