import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { athleteProfiles, invitations, teamMembers, teams, users } from "../../../db/schema";
import { callerAs, useTestDatabase } from "../../../test/db";
import { RIVERSIDE_NON_ADMINS, trpcError } from "../../../test/expect-trpc";
import { authenticate } from "../../auth/credentials";
import { acceptLink, describeLink } from "../../services/accept-link";

const t = useTestDatabase();
const admin = () => callerAs(t.db, "admin@riverside.example");

const FILE = [
  "name,email,team,birth date",
  "Maya Brooks,maya@example.com,Road Runners,1995-04-12",
  "Leo Park,leo@example.com,trail squad,",
  "Bad Row,not-an-email,Mountain Goats,2001-02-30",
  '"Okafor, Chidi",chidi@example.com,Road Runners,1988-11-30',
  "Iris Vale,iris@example.com,Trail Squad,2004-07-01",
].join("\n");

async function userCount() {
  const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row!.n;
}

describe("peopleImport.preview", () => {
  it("lists each row's problems with its line number and saves nothing", async () => {
    const before = await userCount();
    const result = await (await admin()).peopleImport.preview({ csv: FILE });
    if (!result.ok) throw new Error(result.problem);
    expect(result.summary).toEqual({ ready: 4, skip: 0, error: 1 });
    const bad = result.rows.find((r) => r.status === "error")!;
    expect(bad.line).toBe(4);
    expect(bad.problems).toEqual(["“not-an-email” is not a valid email address.", "There is no team called “Mountain Goats”.", "2001-02-30 is not a real date."]);
    expect(result.rows.find((r) => r.line === 5)).toMatchObject({ name: "Okafor, Chidi", status: "ready" });
    expect(await userCount()).toBe(before);
  });

  it("flags emails that have an account in another organisation", async () => {
    const result = await (await admin()).peopleImport.preview({ csv: "name,email,team\nHill Person,athlete@hillside.example,Road Runners\n" });
    if (!result.ok) throw new Error(result.problem);
    expect(result.rows[0]).toMatchObject({ line: 2, status: "error", problems: [expect.stringMatching(/already has an account/)] });
  });

  it("explains a file without the right columns", async () => {
    expect(await (await admin()).peopleImport.preview({ csv: "first,last\nA,B\n" })).toEqual({ ok: false, problem: expect.stringMatching(/Missing: name, email, team/) });
  });

  it("does not know another organisation's teams", async () => {
    const result = await (await callerAs(t.db, "admin@hillside.example")).peopleImport.preview({ csv: FILE });
    if (!result.ok) throw new Error(result.problem);
    expect(result.summary.ready).toBe(0);
  });
});

describe("peopleImport.confirm", () => {
  it("creates the ready rows with team, birth date and an invitation link", async () => {
    const before = await userCount();
    const result = await (await admin()).peopleImport.confirm({ csv: FILE });
    if (!result.ok) throw new Error(result.problem);
    expect(result.created.map((p) => p.email).sort()).toEqual(["chidi@example.com", "iris@example.com", "leo@example.com", "maya@example.com"]);
    expect(result).toMatchObject({ skipped: 0, withProblems: 1 });
    expect(await userCount()).toBe(before + 4);

    const [maya] = await t.db.select().from(users).where(eq(users.email, "maya@example.com"));
    expect(maya).toMatchObject({ role: "athlete", active: true, passwordHash: null });
    const [profile] = await t.db.select().from(athleteProfiles).where(eq(athleteProfiles.userId, maya!.id));
    expect(profile!.birthDate).toBe("1995-04-12");
    const [team] = await t.db.select({ name: teams.name }).from(teamMembers).innerJoin(teams, eq(teams.id, teamMembers.teamId)).where(eq(teamMembers.userId, maya!.id));
    expect(team!.name).toBe("Road Runners");
    const [link] = await t.db.select().from(invitations).where(eq(invitations.userId, maya!.id));
    expect(link).toMatchObject({ kind: "invite", role: "athlete" });

    // The imported athlete chooses a password through their link and can then sign in.
    const token = result.created.find((p) => p.email === "maya@example.com")!.link.split("/invite/")[1]!;
    expect(await acceptLink(t.db, { token, password: "maya's long password", now: new Date(), ip: null })).toEqual({ ok: true, email: "maya@example.com" });
    expect(await authenticate(t.db, { email: "maya@example.com", password: "maya's long password" })).toMatchObject({ role: "athlete" });
  });

  it("a new link for an imported athlete who has no password yet is a welcome, not a reset", async () => {
    const [leo] = await t.db.select().from(users).where(eq(users.email, "leo@example.com"));
    const { link } = await (await admin()).people.resetPassword({ userId: leo!.id });
    expect(await describeLink(t.db, { token: link.split("/invite/")[1]!, now: new Date() })).toMatchObject({ state: "open", kind: "invite", name: "Leo Park" });
  });

  it("creates no duplicates when the same file is imported again", async () => {
    const before = await userCount();
    const preview = await (await admin()).peopleImport.preview({ csv: FILE });
    if (!preview.ok) throw new Error(preview.problem);
    expect(preview.summary).toEqual({ ready: 0, skip: 4, error: 1 });
    const result = await (await admin()).peopleImport.confirm({ csv: FILE });
    expect(result).toEqual({ ok: true, created: [], skipped: 4, withProblems: 1 });
    expect(await userCount()).toBe(before);
  });

  it("saves nothing from a file that cannot be read", async () => {
    expect((await (await admin()).peopleImport.confirm({ csv: "" })).ok).toBe(false);
  });

  it.each(RIVERSIDE_NON_ADMINS)("is refused to %s", async (email) => {
    const caller = await callerAs(t.db, email);
    await trpcError(caller.peopleImport.preview({ csv: FILE }), "FORBIDDEN");
    await trpcError(caller.peopleImport.confirm({ csv: FILE }), "FORBIDDEN");
  });
});
