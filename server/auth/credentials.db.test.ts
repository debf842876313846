import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, signInAttempts, users } from "../../db/schema";
import { useTestDatabase, userId } from "../../test/db";
import { attemptSignIn as authenticate } from "./credentials";
import { SIGN_IN_LIMIT } from "./rate-limit";

const t = useTestDatabase();
const PASSWORD = "upright-demo-pass";
const at = (minutes: number) => new Date(Date.UTC(2030, 0, 1, 12, 0) + minutes * 60_000);

describe("sign-in", () => {
  it("gives one answer for an unknown email, a wrong password and a deactivated account", async () => {
    const unknown = await authenticate(t.db, { email: "nobody@riverside.example", password: PASSWORD }, { ip: "198.51.100.1" });
    const wrong = await authenticate(t.db, { email: "athlete04@riverside.example", password: "not-the-password" }, { ip: "198.51.100.1" });
    const malformed = await authenticate(t.db, { email: "not an email", password: "" }, { ip: "198.51.100.1" });
    await t.db.update(users).set({ active: false }).where(eq(users.email, "athlete09@riverside.example"));
    const deactivated = await authenticate(t.db, { email: "athlete09@riverside.example", password: PASSWORD }, { ip: "198.51.100.1" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
    expect(malformed).toEqual(unknown);
    expect(deactivated).toEqual(unknown);
    const right = await authenticate(t.db, { email: "ATHLETE04@riverside.example", password: PASSWORD }, { ip: "198.51.100.1" });
    expect(right.ok).toBe(true);
  });

  it("stops an account after 10 attempts in 15 minutes, even with the right password, and before looking it up", async () => {
    const email = "athlete05@riverside.example";
    for (let i = 0; i < SIGN_IN_LIMIT.attempts; i++) {
      expect(await authenticate(t.db, { email, password: `wrong-${i}` }, { ip: `198.51.100.${10 + i}`, now: at(i) })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate(t.db, { email, password: PASSWORD }, { ip: "198.51.100.99", now: at(10) })).toEqual({ ok: false, reason: "throttled" });
    // An unknown account is limited exactly the same way: the limit tells nothing about existence.
    for (let i = 0; i < SIGN_IN_LIMIT.attempts; i++) await authenticate(t.db, { email: "ghost@riverside.example", password: `x-${i}` }, { ip: `198.51.100.${30 + i}`, now: at(i) });
    expect(await authenticate(t.db, { email: "ghost@riverside.example", password: PASSWORD }, { ip: "198.51.100.98", now: at(10) })).toEqual({ ok: false, reason: "throttled" });
    // Once the window has passed the right password works again.
    expect((await authenticate(t.db, { email, password: PASSWORD }, { ip: "198.51.100.99", now: at(27) })).ok).toBe(true);
  });

  it("stops an address after 10 attempts on any accounts", async () => {
    const ip = "198.51.100.200";
    for (let i = 0; i < SIGN_IN_LIMIT.attempts; i++) {
      await authenticate(t.db, { email: `spray${i}@riverside.example`, password: "spring-2030-pass" }, { ip, now: at(100 + i) });
    }
    expect(await authenticate(t.db, { email: "athlete06@riverside.example", password: PASSWORD }, { ip, now: at(111) })).toEqual({ ok: false, reason: "throttled" });
    expect((await authenticate(t.db, { email: "athlete06@riverside.example", password: PASSWORD }, { ip: "198.51.100.201", now: at(111) })).ok).toBe(true);
  });

  it("successful sign-ins do not count", async () => {
    for (let i = 0; i < 12; i++) {
      expect((await authenticate(t.db, { email: "athlete07@riverside.example", password: PASSWORD }, { ip: "198.51.100.77", now: at(200) })).ok).toBe(true);
    }
  });

  it("lets at most 10 of 30 simultaneous guesses through to the password check", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => authenticate(t.db, { email: "athlete08@riverside.example", password: `guess-${i}` }, { ip: `203.0.113.${i}`, now: at(300) })),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(SIGN_IN_LIMIT.attempts);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBe(30 - checked);
  });

  it("keeps only hashes of what was typed, and audits successes, failures and refusals", async () => {
    const [leak] = await t.db.select({ n: sql<number>`count(*)::int` }).from(signInAttempts).where(sql`${signInAttempts.key} like '%@%' or ${signInAttempts.key} like '%198.51%'`);
    expect(leak?.n).toBe(0);
    const id = await userId(t.db, "athlete05@riverside.example");
    const rows = await t.db.select().from(auditLog).where(and(eq(auditLog.actorId, id))).orderBy(desc(auditLog.id));
    expect(rows.map((r) => r.action)).toContain("sign-in.succeeded");
    expect(rows.find((r) => r.action === "sign-in.failed")?.detail).toEqual({ reason: "wrong-password" });
    const [throttled] = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, "sign-in.throttled"));
    expect(throttled!.n).toBeGreaterThan(0);
    const [unknown] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "sign-in.failed"), sql`${auditLog.detail}->>'reason' = 'unknown-account'`)).limit(1);
    expect(unknown?.actorId).toBeNull();
    expect(JSON.stringify(unknown)).not.toContain("nobody@");
  });
});
