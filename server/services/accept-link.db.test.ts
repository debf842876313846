import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { athleteProfiles, invitations, teamMembers, users } from "../../db/schema";
import { callerAs, useTestDatabase, userId } from "../../test/db";
import { demoIds } from "../../test/fixtures";
import { authenticate } from "../auth/credentials";
import { hashLinkToken } from "../auth/link-token";
import { acceptLink, describeLink } from "./accept-link";

const t = useTestDatabase();
const admin = () => callerAs(t.db, "admin@riverside.example");
const tokenOf = (link: string) => link.split("/invite/")[1]!;
const NEW_PASSWORD = "a fresh long password";
const accept = (token: string, password = NEW_PASSWORD) => acceptLink(t.db, { token, password, now: new Date(), ip: null });

describe("accepting an invitation", () => {
  it("creates the account with its role and teams, and the password works", async () => {
    const ids = await demoIds(t.db);
    const { link } = await (await admin()).invitation.create({ name: "Ada Athlete", email: "ada@example.com", role: "athlete", teamIds: [ids.trailTeam] });
    expect(await accept(tokenOf(link))).toEqual({ ok: true, email: "ada@example.com" });
    const signedIn = await authenticate(t.db, { email: "ada@example.com", password: NEW_PASSWORD });
    expect(signedIn).toMatchObject({ role: "athlete", orgId: ids.riversideOrg, name: "Ada Athlete" });
    const teams = await t.db.select().from(teamMembers).where(eq(teamMembers.userId, signedIn!.id));
    expect(teams.map((m) => m.teamId)).toEqual([ids.trailTeam]);
    expect(await t.db.select().from(athleteProfiles).where(eq(athleteProfiles.userId, signedIn!.id))).toHaveLength(1);
  });

  it("works once only", async () => {
    const { link } = await (await admin()).invitation.create({ name: "Once Only", email: "once@example.com", role: "physio", teamIds: [] });
    expect((await accept(tokenOf(link))).ok).toBe(true);
    const again = await accept(tokenOf(link), "another long password");
    expect(again).toEqual({ ok: false, message: expect.stringMatching(/used already/) });
    expect(await describeLink(t.db, { token: tokenOf(link), now: new Date() })).toMatchObject({ state: "used" });
    expect(await authenticate(t.db, { email: "once@example.com", password: NEW_PASSWORD })).not.toBeNull();
  });

  it("says plainly when a link has expired or was withdrawn, and creates nothing", async () => {
    const caller = await admin();
    const expired = await caller.invitation.create({ name: "Late", email: "late@example.com", role: "coach", teamIds: [] });
    await t.db.update(invitations).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(invitations.email, "late@example.com"));
    expect(await accept(tokenOf(expired.link))).toEqual({ ok: false, message: expect.stringMatching(/expired/) });
    const withdrawn = await caller.invitation.create({ name: "Gone", email: "gone@example.com", role: "coach", teamIds: [] });
    const id = (await caller.invitation.list()).find((i) => i.email === "gone@example.com")!.id;
    await caller.invitation.revoke({ id });
    expect(await accept(tokenOf(withdrawn.link))).toEqual({ ok: false, message: expect.stringMatching(/withdrawn/) });
    expect(await t.db.select().from(users).where(eq(users.email, "late@example.com"))).toEqual([]);
    expect(await t.db.select().from(users).where(eq(users.email, "gone@example.com"))).toEqual([]);
  });

  it("refuses an unknown or malformed token", async () => {
    expect((await accept("x".repeat(43))).ok).toBe(false);
    expect((await accept("../../etc")).ok).toBe(false);
    expect(await describeLink(t.db, { token: "nope", now: new Date() })).toEqual({ state: "unknown" });
  });

  it("refuses when the email got an account elsewhere in the meantime", async () => {
    const { link } = await (await admin()).invitation.create({ name: "Twice", email: "twice@example.com", role: "coach", teamIds: [] });
    const elsewhere = await (await callerAs(t.db, "admin@hillside.example")).invitation.create({ name: "Twice", email: "twice@example.com", role: "coach", teamIds: [] });
    expect((await accept(tokenOf(elsewhere.link))).ok).toBe(true);
    expect(await accept(tokenOf(link))).toEqual({ ok: false, message: expect.stringMatching(/exists already/) });
    const [row] = await t.db.select().from(invitations).where(eq(invitations.tokenHash, hashLinkToken(tokenOf(link))));
    expect(row!.usedAt).toBeNull();
  });
});

describe("accepting a password reset", () => {
  it("sets the new password and signs the person out everywhere", async () => {
    const id = await userId(t.db, "athlete05@riverside.example");
    const [before] = await t.db.select().from(users).where(eq(users.id, id));
    const { link } = await (await admin()).people.resetPassword({ userId: id });
    expect(await describeLink(t.db, { token: tokenOf(link), now: new Date() })).toMatchObject({ state: "open", kind: "reset" });
    expect(await accept(tokenOf(link))).toEqual({ ok: true, email: "athlete05@riverside.example" });
    const [after] = await t.db.select().from(users).where(eq(users.id, id));
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect(await authenticate(t.db, { email: "athlete05@riverside.example", password: "upright-demo-pass" })).toBeNull();
    expect(await authenticate(t.db, { email: "athlete05@riverside.example", password: NEW_PASSWORD })).not.toBeNull();
  });

  it("a newer reset link replaces an older one", async () => {
    const id = await userId(t.db, "athlete06@riverside.example");
    const caller = await admin();
    const first = await caller.people.resetPassword({ userId: id });
    await caller.people.resetPassword({ userId: id });
    expect(await accept(tokenOf(first.link))).toEqual({ ok: false, message: expect.stringMatching(/withdrawn/) });
  });

  it("refuses a link of a deactivated account", async () => {
    const id = await userId(t.db, "athlete07@riverside.example");
    const { link } = await (await admin()).people.resetPassword({ userId: id });
    await t.db.update(users).set({ active: false }).where(eq(users.id, id));
    expect(await accept(tokenOf(link))).toEqual({ ok: false, message: expect.stringMatching(/deactivated/) });
    await t.db.update(users).set({ active: true }).where(eq(users.id, id));
  });
});
