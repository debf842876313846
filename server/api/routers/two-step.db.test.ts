import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "../../../db/schema";
import { callerAs, useTestDatabase, userId, viewerByEmail } from "../../../test/db";
import { trpcError } from "../../../test/expect-trpc";
import { attemptSignIn } from "../../auth/credentials";
import { resolveViewer } from "../../auth/viewer";
import { codeForStep, stepAt } from "../../domain/totp";
import { appRouter } from "../root";

const t = useTestDatabase();
const PASSWORD = "upright-demo-pass";
const as = (email: string) => callerAs(t.db, email);
/** The code an app shows now for a secret as the page shows it ("ABCD EFGH …"). */
const codeNow = (shown: string, delta = 0) => codeForStep(shown.replace(/\s/g, ""), stepAt(Date.now()) + delta);
const claimsOf = async (email: string) => {
  const [u] = await t.db.select().from(users).where(eq(users.email, email));
  const now = Math.floor(Date.now() / 1000);
  return { uid: u!.id, sv: u!.sessionVersion, authAt: now, seenAt: now };
};

/** Starts and confirms two-step sign-in through the procedures; returns the secret. */
async function enrol(email: string): Promise<string> {
  const caller = await as(email);
  const { secret } = await caller.twoStep.start();
  await caller.twoStep.confirm({ code: codeNow(secret) });
  return secret.replace(/\s/g, "");
}

describe("enrolment", () => {
  it("shows the secret and a QR code once, keeps it encrypted and waiting until a code confirms it", async () => {
    const email = "coach2@riverside.example";
    const caller = await as(email);
    expect(await caller.twoStep.status()).toEqual({ enabled: false, enabledAt: null, required: false, due: false });

    const started = await caller.twoStep.start();
    const plain = started.secret.replace(/\s/g, "");
    expect(plain).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(started.qrCode.split(",")[1]!, "base64").toString()).toContain("<svg");
    expect(started.uri).toContain(`secret=${plain}`);

    const [row] = await t.db.select().from(users).where(eq(users.email, email));
    expect(row!.totpSecret).toMatch(/^v1\./);
    expect(row!.totpSecret).not.toContain(plain);
    expect(row!.totpEnabledAt).toBeNull();
    // Waiting is not on: the password alone still signs in.
    expect((await attemptSignIn(t.db, { email, password: PASSWORD })).ok).toBe(true);

    const wrong = await trpcError(caller.twoStep.confirm({ code: codeNow(started.secret, 3) }), "BAD_REQUEST");
    expect(wrong.message).toMatch(/did not work/);
    await trpcError(caller.twoStep.confirm({ code: "12345" }), "BAD_REQUEST");
    expect(await caller.twoStep.confirm({ code: codeNow(started.secret) })).toEqual({ enabled: true });

    const status = await caller.twoStep.status();
    expect(status).toMatchObject({ enabled: true, required: false, due: false });
    expect(JSON.stringify(status)).not.toContain(plain);
    expect(JSON.stringify(await caller.account.get())).not.toContain(plain);
    await trpcError(caller.twoStep.start(), "CONFLICT");
    expect(await attemptSignIn(t.db, { email, password: PASSWORD })).toEqual({ ok: false, reason: "code-required" });

    const log = await t.db.select().from(auditLog).where(eq(auditLog.actorId, row!.id)).orderBy(desc(auditLog.id));
    expect(log.map((r) => r.action)).toEqual(expect.arrayContaining(["two-step.setup-started", "two-step.setup-code-failed", "two-step.enabled"]));
    expect(JSON.stringify(log)).not.toContain(plain);
  });

  it("starting again replaces a waiting secret; a code of the old one no longer confirms", async () => {
    const caller = await as("physio2@riverside.example");
    const first = await caller.twoStep.start();
    const second = await caller.twoStep.start();
    expect(second.secret).not.toBe(first.secret);
    await trpcError(caller.twoStep.confirm({ code: codeNow(first.secret) }), "BAD_REQUEST");
    expect(await caller.twoStep.confirm({ code: codeNow(second.secret) })).toEqual({ enabled: true });
  });

  it("is not offered to athletes", async () => {
    const athlete = await as("athlete@riverside.example");
    await trpcError(athlete.twoStep.status(), "FORBIDDEN");
    await trpcError(athlete.twoStep.start(), "FORBIDDEN");
  });
});

describe("turning it off", () => {
  it("needs the password and a current, unused code", async () => {
    const email = "physio@riverside.example";
    const secret = await enrol(email);
    const caller = await as(email);
    expect((await trpcError(caller.twoStep.disable({ password: "not-the-password", code: codeForStep(secret, stepAt(Date.now()) + 1) }), "BAD_REQUEST")).message).toBe(
      "Your password is not right.",
    );
    // The code used to confirm cannot be used again.
    const [row] = await t.db.select().from(users).where(eq(users.email, email));
    await trpcError(caller.twoStep.disable({ password: PASSWORD, code: codeForStep(secret, row!.totpLastStep!) }), "BAD_REQUEST");
    expect(await caller.twoStep.disable({ password: PASSWORD, code: codeForStep(secret, row!.totpLastStep! + 1) })).toEqual({ enabled: false });
    const [after] = await t.db.select().from(users).where(eq(users.email, email));
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect((await attemptSignIn(t.db, { email, password: PASSWORD })).ok).toBe(true);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.actorId, after!.id))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["two-step.disable-password-failed", "two-step.disable-code-failed", "two-step.disabled"]));
  });
});

describe("required for staff", () => {
  it("cannot be turned on by an admin without two-step sign-in", async () => {
    const admin = await as("admin@riverside.example");
    const err = await trpcError(admin.settings.setStaffTwoStep({ required: true }), "BAD_REQUEST");
    expect(err.message).toMatch(/your own account first/);
    expect((await admin.settings.get()).twoStep).toEqual({ requiredForStaff: false, youHaveIt: false });
  });

  it("once on, a staff member without it reaches only the enrolment until they confirm a code", async () => {
    await enrol("admin@riverside.example");
    const admin = await as("admin@riverside.example");
    expect(await admin.settings.setStaffTwoStep({ required: true })).toEqual({ requiredForStaff: true });
    expect((await admin.settings.get()).twoStep).toEqual({ requiredForStaff: true, youHaveIt: true });

    // From the database on every request: the same token resolves to a restricted viewer now.
    const claims = await claimsOf("coach@riverside.example");
    expect(await resolveViewer(t.db, claims)).toMatchObject({ role: "coach", twoStepDue: true });
    expect(await resolveViewer(t.db, await claimsOf("athlete@riverside.example"))).toMatchObject({ twoStepDue: false });

    const coach = await as("coach@riverside.example");
    const open = new Set(["twoStep.status", "twoStep.start", "twoStep.confirm", "twoStep.disable"]);
    const paths = Object.keys(appRouter._def.procedures).filter((p) => !open.has(p));
    for (const path of paths) {
      const fn = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], coach) as (input?: unknown) => Promise<unknown>;
      const err = await trpcError(fn(undefined), "FORBIDDEN");
      expect(err.message, path).toMatch(/two-step sign-in/);
    }
    expect(await coach.twoStep.status()).toEqual({ enabled: false, enabledAt: null, required: true, due: true });
    // Athletes and staff who have it are not affected.
    await (await as("athlete@riverside.example")).today.get({});
    await admin.people.list({ status: "active" });

    const { secret } = await coach.twoStep.start();
    await coach.twoStep.confirm({ code: codeNow(secret) });
    expect(await resolveViewer(t.db, claims)).toMatchObject({ twoStepDue: false });
    await (await as("coach@riverside.example")).roster.list();
    // Required: its owner cannot turn it off.
    const err = await trpcError((await as("coach@riverside.example")).twoStep.disable({ password: PASSWORD, code: codeNow(secret, 1) }), "BAD_REQUEST");
    expect(err.message).toMatch(/requires two-step sign-in/);
  });
});

describe("admin reset", () => {
  it("turns another person's two-step sign-in off, signs them out everywhere and records it", async () => {
    const email = "coach@riverside.example"; // enrolled in the test above
    const before = await claimsOf(email);
    expect(await resolveViewer(t.db, before)).not.toBeNull();
    const admin = await as("admin@riverside.example");
    const id = await userId(t.db, email);
    expect((await admin.people.list({ status: "active" })).find((p) => p.id === id)?.twoStep).toBe(true);

    expect(await admin.people.resetTwoStep({ userId: id })).toEqual({ changed: true });
    expect(await resolveViewer(t.db, before)).toBeNull();
    const [row] = await t.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, sessionVersion: before.sv + 1 });
    expect((await admin.people.list({ status: "active" })).find((p) => p.id === id)?.twoStep).toBe(false);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "person.two-step-reset"));
    expect(entry).toMatchObject({ actorId: (await viewerByEmail(t.db, "admin@riverside.example")).id, entityId: id });
    expect(await admin.people.resetTwoStep({ userId: id })).toEqual({ changed: false });

    // The organisation still requires it: the next session is sent to the enrolment again.
    expect(await resolveViewer(t.db, await claimsOf(email))).toMatchObject({ twoStepDue: true });
  });

  it("is not for oneself, nor for people of another organisation", async () => {
    const admin = await as("admin@riverside.example");
    await trpcError(admin.people.resetTwoStep({ userId: await userId(t.db, "admin@riverside.example") }), "BAD_REQUEST");
    await trpcError(admin.people.resetTwoStep({ userId: await userId(t.db, "coach@hillside.example") }), "NOT_FOUND");
  });

  it("turning the requirement off frees staff without it", async () => {
    const admin = await as("admin@riverside.example");
    await admin.settings.setStaffTwoStep({ required: false });
    expect(await resolveViewer(t.db, await claimsOf("coach@riverside.example"))).toMatchObject({ twoStepDue: false });
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.entityType, "organisation"))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["organisation.staff-two-step-required", "organisation.staff-two-step-optional"]));
  });
});
