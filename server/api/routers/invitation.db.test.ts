import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, emailOutbox, invitations, teams } from "../../../db/schema";
import { callerAs, useTestDatabase } from "../../../test/db";
import { RIVERSIDE_NON_ADMINS, trpcError } from "../../../test/expect-trpc";
import { demoIds } from "../../../test/fixtures";
import { hashLinkToken } from "../../auth/link-token";
import { describeLink } from "../../services/accept-link";

const t = useTestDatabase();
const admin = () => callerAs(t.db, "admin@riverside.example");
const tokenOf = (link: string) => link.split("/invite/")[1]!;

describe("invitation.create", () => {
  it("returns a 7-day link, stores only the token's hash and writes the audit log", async () => {
    const ids = await demoIds(t.db);
    const before = Date.now();
    const result = await (await admin()).invitation.create({ name: "Nina Coach", email: "Nina.Coach@example.com", role: "coach", teamIds: [ids.roadTeam] });
    const token = tokenOf(result.link);
    expect(result.link).toMatch(/^http:\/\/localhost:\d+\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(result.emailed).toBe(false);
    const days = (result.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    const [row] = await t.db.select().from(invitations).where(eq(invitations.email, "nina.coach@example.com"));
    expect(row).toMatchObject({ kind: "invite", role: "coach", teamIds: [ids.roadTeam], userId: null, tokenHash: hashLinkToken(token) });
    expect(JSON.stringify(row)).not.toContain(token);
    const actions = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, row!.id));
    expect(actions.map((a) => a.action)).toEqual(["invitation.created"]);
    expect(await describeLink(t.db, { token, now: new Date() })).toMatchObject({ state: "open", name: "Nina Coach", orgName: "Riverside Running Club" });
  });

  it("queues no email while email is not set up", async () => {
    const outbox = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "nina.coach@example.com"));
    expect(outbox).toEqual([]);
  });

  it("refuses an email that has an account in any organisation, with a clear message", async () => {
    const err = await trpcError((await admin()).invitation.create({ name: "X", email: "coach@hillside.example", role: "coach", teamIds: [] }), "CONFLICT");
    expect(err.message).toMatch(/account with this email address exists already/);
    await trpcError((await admin()).invitation.create({ name: "X", email: "ATHLETE@riverside.example", role: "athlete", teamIds: [] }), "CONFLICT");
  });

  it("refuses a second open invitation to the same address", async () => {
    const err = await trpcError((await admin()).invitation.create({ name: "Nina", email: "nina.coach@example.com", role: "coach", teamIds: [] }), "CONFLICT");
    expect(err.message).toMatch(/still open/);
  });

  it("refuses a team of another organisation and ignores teams for physiotherapists", async () => {
    const [harriers] = await t.db.select({ id: teams.id }).from(teams).where(eq(teams.name, "Hillside Harriers"));
    await trpcError((await admin()).invitation.create({ name: "A", email: "a-team@example.com", role: "athlete", teamIds: [harriers!.id] }), "NOT_FOUND");
    const ids = await demoIds(t.db);
    await (await admin()).invitation.create({ name: "Pia Physio", email: "pia@example.com", role: "physio", teamIds: [ids.roadTeam] });
    const [row] = await t.db.select().from(invitations).where(eq(invitations.email, "pia@example.com"));
    expect(row!.teamIds).toEqual([]);
  });

  it("rejects a malformed email with a field message", async () => {
    const err = await trpcError((await admin()).invitation.create({ name: "A", email: "not-an-email", role: "coach", teamIds: [] }), "BAD_REQUEST");
    expect(err.message).toMatch(/valid email/);
  });

  it.each(RIVERSIDE_NON_ADMINS)("is refused to %s", async (email) => {
    await trpcError((await callerAs(t.db, email)).invitation.create({ name: "A", email: "x@example.com", role: "athlete", teamIds: [] }), "FORBIDDEN");
  });
});

describe("invitation.list, renew and revoke", () => {
  it("lists open invitations with their teams, never another organisation's", async () => {
    const list = await (await admin()).invitation.list();
    expect(list.find((i) => i.email === "nina.coach@example.com")).toMatchObject({ state: "open", role: "coach", teams: ["Road Runners"] });
    const hillside = await (await callerAs(t.db, "admin@hillside.example")).invitation.list();
    expect(hillside.some((i) => i.email === "nina.coach@example.com")).toBe(false);
  });

  it("shows an expired link as expired, and a new link replaces it", async () => {
    await t.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.email, "pia@example.com"));
    const caller = await admin();
    const expired = (await caller.invitation.list()).find((i) => i.email === "pia@example.com")!;
    expect(expired.state).toBe("expired");
    const renewed = await caller.invitation.renew({ id: expired.id });
    expect(await describeLink(t.db, { token: tokenOf(renewed.link), now: new Date() })).toMatchObject({ state: "open", role: "physio" });
    const [old] = await t.db.select().from(invitations).where(eq(invitations.id, expired.id));
    expect(old!.revokedAt).not.toBeNull();
    expect((await caller.invitation.list()).filter((i) => i.email === "pia@example.com").map((i) => i.state)).toEqual(["open"]);
  });

  it("revokes: the link then says it was withdrawn", async () => {
    const caller = await admin();
    const created = await caller.invitation.create({ name: "Rev Oked", email: "revoked@example.com", role: "athlete", teamIds: [] });
    const id = (await caller.invitation.list()).find((i) => i.email === "revoked@example.com")!.id;
    await caller.invitation.revoke({ id });
    expect(await describeLink(t.db, { token: tokenOf(created.link), now: new Date() })).toMatchObject({ state: "revoked" });
    expect((await caller.invitation.list()).some((i) => i.id === id)).toBe(false);
  });

  it("answers NOT_FOUND for another organisation's invitation", async () => {
    const id = (await (await admin()).invitation.list())[0]!.id;
    const hillside = await callerAs(t.db, "admin@hillside.example");
    await trpcError(hillside.invitation.revoke({ id }), "NOT_FOUND");
    await trpcError(hillside.invitation.renew({ id }), "NOT_FOUND");
  });

  it.each(RIVERSIDE_NON_ADMINS)("is refused to %s", async (email) => {
    const caller = await callerAs(t.db, email);
    await trpcError(caller.invitation.list(), "FORBIDDEN");
    await trpcError(caller.invitation.revoke({ id: "00000000-0000-4000-8000-000000000000" }), "FORBIDDEN");
    await trpcError(caller.invitation.renew({ id: "00000000-0000-4000-8000-000000000000" }), "FORBIDDEN");
  });
});
