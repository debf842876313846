import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, invitations, teamMembers, teams, users } from "../../../db/schema";
import { callerAs, useTestDatabase, userId } from "../../../test/db";
import { RIVERSIDE_NON_ADMINS, trpcError } from "../../../test/expect-trpc";
import { type DemoIds, demoIds } from "../../../test/fixtures";
import { authenticate } from "../../auth/credentials";
import { resolveViewer } from "../../auth/viewer";

const t = useTestDatabase();
let ids: DemoIds;
const admin = () => callerAs(t.db, "admin@riverside.example");
const PASSWORD = "upright-demo-pass";

beforeAll(async () => {
  ids = await demoIds(t.db);
});

async function userRow(email: string) {
  const [u] = await t.db.select().from(users).where(eq(users.email, email));
  return u!;
}

async function teamNamesOf(id: string) {
  const rows = await t.db
    .select({ name: teams.name })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(teamMembers.userId, id));
  return rows.map((r) => r.name).sort();
}

async function auditActions(entityId: string) {
  const rows = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, entityId));
  return rows.map((r) => r.action);
}

describe("people.list", () => {
  it("lists only the admin's organisation, with teams and password status", async () => {
    const people = await (await admin()).people.list();
    expect(people.some((p) => p.email.endsWith("@hillside.example"))).toBe(false);
    const athlete = people.find((p) => p.email === "athlete@riverside.example")!;
    expect(athlete).toMatchObject({ role: "athlete", active: true, hasPassword: true, teams: [{ id: ids.roadTeam, name: "Road Runners" }] });
  });

  it("filters by search text, role, team and status", async () => {
    const caller = await admin();
    expect((await caller.people.list({ q: "COACH2@", status: "all" })).map((p) => p.email)).toEqual(["coach2@riverside.example"]);
    expect((await caller.people.list({ role: "physio", status: "all" })).map((p) => p.email).sort()).toEqual([
      "physio2@riverside.example",
      "physio@riverside.example",
    ]);
    const trail = await caller.people.list({ teamId: ids.trailTeam, status: "all" });
    expect(trail.length).toBeGreaterThan(1);
    expect(trail.every((p) => p.teams.some((team) => team.name === "Trail Squad"))).toBe(true);
    expect(await caller.people.list({ q: "%", status: "all" })).toEqual([]);
  });

  it.each(RIVERSIDE_NON_ADMINS)("is refused to %s", async (email) => {
    await trpcError((await callerAs(t.db, email)).people.list(), "FORBIDDEN");
  });
});

describe("people.setRole", () => {
  it("changes the role, ends the person's sessions and records it", async () => {
    const before = await userRow("athlete20@riverside.example");
    const result = await (await admin()).people.setRole({ userId: before.id, role: "coach" });
    expect(result).toEqual({ changed: true });
    const after = await userRow("athlete20@riverside.example");
    expect(after.role).toBe("coach");
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await resolveViewer(t.db, { uid: before.id, sv: before.sessionVersion })).toBeNull();
    expect(await auditActions(before.id)).toContain("person.role-changed");
  });

  it("drops team memberships when someone becomes a physiotherapist", async () => {
    const id = await userId(t.db, "athlete21@riverside.example");
    await (await admin()).people.setRole({ userId: id, role: "physio" });
    expect(await teamNamesOf(id)).toEqual([]);
  });

  it("refuses to demote the last active admin", async () => {
    const adminId = await userId(t.db, "admin@riverside.example");
    const err = await trpcError((await admin()).people.setRole({ userId: adminId, role: "coach" }), "CONFLICT");
    expect(err.message).toMatch(/last active admin/);
    expect((await userRow("admin@riverside.example")).role).toBe("admin");
  });

  it("lets an admin step down once there is another admin", async () => {
    const caller = await admin();
    const physio2 = await userId(t.db, "physio2@riverside.example");
    await caller.people.setRole({ userId: physio2, role: "admin" });
    const adminId = await userId(t.db, "admin@riverside.example");
    await caller.people.setRole({ userId: adminId, role: "physio" });
    expect((await userRow("admin@riverside.example")).role).toBe("physio");
    // Restore, acting as the new admin.
    await (await callerAs(t.db, "physio2@riverside.example")).people.setRole({ userId: adminId, role: "admin" });
    await (await admin()).people.setRole({ userId: physio2, role: "physio" });
  });

  it("answers NOT_FOUND for a person of another organisation", async () => {
    await trpcError((await admin()).people.setRole({ userId: ids.hillsideAthlete, role: "coach" }), "NOT_FOUND");
    await trpcError((await callerAs(t.db, "admin@hillside.example")).people.setRole({ userId: ids.athlete, role: "coach" }), "NOT_FOUND");
  });
});

describe("people.setActive", () => {
  it("deactivates: sign-in and existing sessions stop working, history and open links are handled", async () => {
    const before = await userRow("athlete19@riverside.example");
    expect(await authenticate(t.db, { email: before.email, password: PASSWORD })).not.toBeNull();
    const caller = await admin();
    await caller.people.resetPassword({ userId: before.id });
    await caller.people.setActive({ userId: before.id, active: false });
    expect(await authenticate(t.db, { email: before.email, password: PASSWORD })).toBeNull();
    expect(await resolveViewer(t.db, { uid: before.id, sv: before.sessionVersion })).toBeNull();
    const open = await t.db
      .select()
      .from(invitations)
      .where(and(eq(invitations.userId, before.id), sql`${invitations.revokedAt} is null`));
    expect(open).toEqual([]);
    expect(await teamNamesOf(before.id)).not.toEqual([]);
    await trpcError(caller.people.resetPassword({ userId: before.id }), "BAD_REQUEST");

    await caller.people.setActive({ userId: before.id, active: true });
    expect(await authenticate(t.db, { email: before.email, password: PASSWORD })).not.toBeNull();
    expect(await auditActions(before.id)).toEqual(expect.arrayContaining(["person.deactivated", "person.reactivated"]));
  });

  it("refuses to deactivate the last active admin", async () => {
    const adminId = await userId(t.db, "admin@riverside.example");
    await trpcError((await admin()).people.setActive({ userId: adminId, active: false }), "CONFLICT");
    expect((await userRow("admin@riverside.example")).active).toBe(true);
  });

  it("answers unchanged when nothing changes", async () => {
    expect(await (await admin()).people.setActive({ userId: ids.athlete, active: true })).toEqual({ changed: false });
  });
});

describe("people.setTeams", () => {
  it("moves an athlete to another team", async () => {
    const id = await userId(t.db, "athlete18@riverside.example");
    await (await admin()).people.setTeams({ userId: id, teamIds: [ids.trailTeam] });
    expect(await teamNamesOf(id)).toEqual(["Trail Squad"]);
    await (await admin()).people.setTeams({ userId: id, teamIds: [ids.roadTeam] });
    expect(await teamNamesOf(id)).toEqual(["Road Runners"]);
  });

  it("assigns a coach to teams, which decides the athletes they see", async () => {
    const coach2 = await userId(t.db, "coach2@riverside.example");
    await (await admin()).people.setTeams({ userId: coach2, teamIds: [ids.trailTeam, ids.roadTeam] });
    const roster = await (await callerAs(t.db, "coach2@riverside.example")).roster.list();
    expect(roster.some((r) => r.id === ids.athlete)).toBe(true);
    await (await admin()).people.setTeams({ userId: coach2, teamIds: [ids.trailTeam] });
    expect(await teamNamesOf(coach2)).toEqual(["Trail Squad"]);
  });

  it("refuses physiotherapists and admins, and teams of another organisation", async () => {
    const physio = await userId(t.db, "physio@riverside.example");
    await trpcError((await admin()).people.setTeams({ userId: physio, teamIds: [ids.roadTeam] }), "BAD_REQUEST");
    const [harriers] = await t.db.select({ id: teams.id }).from(teams).where(eq(teams.name, "Hillside Harriers"));
    await trpcError((await admin()).people.setTeams({ userId: ids.athlete, teamIds: [harriers!.id] }), "NOT_FOUND");
  });
});

describe("people.resetPassword", () => {
  it("returns a copyable link and keeps the current password until the link is used", async () => {
    const result = await (await admin()).people.resetPassword({ userId: ids.athlete });
    expect(result.link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(result.emailed).toBe(false);
    expect(await authenticate(t.db, { email: "athlete@riverside.example", password: PASSWORD })).not.toBeNull();
    const [row] = await t.db.select().from(invitations).where(and(eq(invitations.userId, ids.athlete), eq(invitations.kind, "reset")));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.link).not.toContain(row!.tokenHash);
  });
});
