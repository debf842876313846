import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { auditLog, users } from "../../db/schema";
import { useTestDatabase, userId } from "../../test/db";
import { codeForStep, newTotpSecret, stepAt } from "../domain/totp";
import { deriveKey, seal } from "../domain/secret-box";
import { attemptSignIn } from "./credentials";
import { SIGN_IN_LIMIT } from "./rate-limit";
import { sealTotpSecret } from "./totp-secret";

const t = useTestDatabase();
const PASSWORD = "upright-demo-pass";
/** Fixed moments, years after any real clock, so the steps used here are always "new". */
const at = (minutes: number) => new Date(Date.UTC(2031, 0, 1, 9, 0) + minutes * 60_000);
const codeAt = (secret: string, when: Date, delta = 0) => codeForStep(secret, stepAt(when.getTime()) + delta);

/** Turns two-step sign-in on directly in the database (the enrolment itself is tested in two-step.db.test.ts). */
async function enable(db: Db, email: string): Promise<string> {
  const secret = newTotpSecret();
  const id = await userId(db, email);
  await db.update(users).set({ totpSecret: sealTotpSecret(id, secret), totpEnabledAt: new Date(), totpLastStep: null }).where(eq(users.id, id));
  return secret;
}

async function actions(db: Db, email: string) {
  const id = await userId(db, email);
  return db.select().from(auditLog).where(eq(auditLog.actorId, id)).orderBy(desc(auditLog.id));
}

describe("sign-in with two-step sign-in on", () => {
  it("asks for a code only once the password is right, and signs in with password and code", async () => {
    const email = "coach2@riverside.example";
    const secret = await enable(t.db, email);
    const ip = "198.51.100.21";
    const unknown = await attemptSignIn(t.db, { email: "nobody@riverside.example", password: PASSWORD, code: "123456" }, { ip, now: at(0) });
    const wrongPassword = await attemptSignIn(t.db, { email, password: "not-the-password" }, { ip, now: at(0) });
    const wrongPasswordRightCode = await attemptSignIn(t.db, { email, password: "not-the-password", code: codeAt(secret, at(0)) }, { ip, now: at(0) });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrongPassword).toEqual(unknown);
    expect(wrongPasswordRightCode).toEqual(unknown);

    expect(await attemptSignIn(t.db, { email, password: PASSWORD }, { ip, now: at(1) })).toEqual({ ok: false, reason: "code-required" });
    expect(await attemptSignIn(t.db, { email, password: PASSWORD, code: "   " }, { ip, now: at(1) })).toEqual({ ok: false, reason: "code-required" });
    const signedIn = await attemptSignIn(t.db, { email, password: PASSWORD, code: codeAt(secret, at(1)) }, { ip, now: at(1) });
    expect(signedIn.ok).toBe(true);

    const [row] = await t.db.select().from(users).where(eq(users.email, email));
    expect(row!.totpLastStep).toBe(stepAt(at(1).getTime()));
    const log = await actions(t.db, email);
    expect(log[0]).toMatchObject({ action: "sign-in.succeeded", detail: { twoStep: true } });
    expect(log.map((r) => r.action)).toContain("sign-in.totp-required");
  });

  it("accepts the codes of the steps either side, never one further", async () => {
    const email = "physio2@riverside.example";
    const secret = await enable(t.db, email);
    const now = at(10);
    expect((await attemptSignIn(t.db, { email, password: PASSWORD, code: codeAt(secret, now, -2) }, { now })).ok).toBe(false);
    expect((await attemptSignIn(t.db, { email, password: PASSWORD, code: codeAt(secret, now, 2) }, { now })).ok).toBe(false);
    expect((await attemptSignIn(t.db, { email, password: PASSWORD, code: codeAt(secret, now, -1) }, { now })).ok).toBe(true);
    expect((await attemptSignIn(t.db, { email, password: PASSWORD, code: codeAt(secret, now, 1) }, { now })).ok).toBe(true);
  });

  it("refuses a code used before, and an older one after a newer was used", async () => {
    const email = "admin@riverside.example";
    const secret = await enable(t.db, email);
    const now = at(20);
    const code = codeAt(secret, now);
    expect((await attemptSignIn(t.db, { email, password: PASSWORD, code }, { now })).ok).toBe(true);
    expect(await attemptSignIn(t.db, { email, password: PASSWORD, code }, { now })).toEqual({ ok: false, reason: "code-invalid" });
    expect(await attemptSignIn(t.db, { email, password: PASSWORD, code: codeAt(secret, now, -1) }, { now })).toEqual({ ok: false, reason: "code-invalid" });
    const failed = (await actions(t.db, email)).filter((r) => r.action === "sign-in.totp-failed");
    expect(failed.map((r) => r.detail)).toEqual([{ reason: "replayed" }, { reason: "replayed" }]);
    // Thirty seconds on, the next code works.
    expect((await attemptSignIn(t.db, { email, password: PASSWORD, code: codeAt(secret, new Date(now.getTime() + 30_000)) }, { now: new Date(now.getTime() + 30_000) })).ok).toBe(true);
  });

  it("lets only one of two simultaneous sign-ins with the same code through", async () => {
    const email = "coach@hillside.example";
    const secret = await enable(t.db, email);
    const now = at(30);
    const code = codeAt(secret, now);
    const results = await Promise.all([1, 2, 3].map((i) => attemptSignIn(t.db, { email, password: PASSWORD, code }, { ip: `203.0.113.${i}`, now })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "code-invalid")).toHaveLength(2);
  });

  it("counts wrong codes towards the attempt limit, but not the right password alone", async () => {
    const email = "physio@hillside.example";
    const secret = await enable(t.db, email);
    for (let i = 0; i < 12; i++) {
      expect(await attemptSignIn(t.db, { email, password: PASSWORD }, { ip: `198.51.100.${100 + i}`, now: at(40) })).toEqual({ ok: false, reason: "code-required" });
    }
    const right = codeAt(secret, at(41));
    const wrong = right === "000000" ? "111111" : "000000";
    for (let i = 0; i < SIGN_IN_LIMIT.attempts; i++) {
      expect(await attemptSignIn(t.db, { email, password: PASSWORD, code: wrong }, { ip: `198.51.100.${120 + i}`, now: at(41) })).toEqual({ ok: false, reason: "code-invalid" });
    }
    expect(await attemptSignIn(t.db, { email, password: PASSWORD, code: right }, { ip: "198.51.100.140", now: at(41) })).toEqual({ ok: false, reason: "throttled" });
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.action, "sign-in.totp-failed"), eq(auditLog.actorId, await userId(t.db, email))));
    expect(row!.n).toBe(SIGN_IN_LIMIT.attempts);
    // After the window the right code works again.
    expect((await attemptSignIn(t.db, { email, password: PASSWORD, code: codeAt(secret, at(60)) }, { ip: "198.51.100.141", now: at(60) })).ok).toBe(true);
  });

  it("refuses a secret that cannot be decrypted (another key or row) and says why in the audit trail", async () => {
    const email = "admin@hillside.example";
    const secret = newTotpSecret();
    const id = await userId(t.db, email);
    const otherKey = deriveKey("another-master-secret-0123456789abcdef", "upright/totp-secret/v1");
    await t.db.update(users).set({ totpSecret: seal(otherKey, secret, id), totpEnabledAt: new Date() }).where(eq(users.id, id));
    const now = at(70);
    expect(await attemptSignIn(t.db, { email, password: PASSWORD, code: codeAt(secret, now) }, { now })).toEqual({ ok: false, reason: "code-invalid" });
    expect((await actions(t.db, email))[0]).toMatchObject({ action: "sign-in.totp-failed", detail: { reason: "unreadable" } });
  });

  it("a waiting (unconfirmed) secret changes nothing: the password alone signs in", async () => {
    const email = "coach@riverside.example";
    const id = await userId(t.db, email);
    await t.db.update(users).set({ totpSecret: sealTotpSecret(id, newTotpSecret()), totpEnabledAt: null }).where(eq(users.id, id));
    expect((await attemptSignIn(t.db, { email, password: PASSWORD }, { now: at(80) })).ok).toBe(true);
  });

  it("athletes and other accounts without it sign in with the password, a code is ignored", async () => {
    expect((await attemptSignIn(t.db, { email: "athlete03@riverside.example", password: PASSWORD }, { now: at(90) })).ok).toBe(true);
    expect((await attemptSignIn(t.db, { email: "athlete03@riverside.example", password: PASSWORD, code: "123456" }, { now: at(90) })).ok).toBe(true);
  });
});
