import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, teamMembers, teams } from "../../../db/schema";
import { callerAs, useTestDatabase } from "../../../test/db";
import { RIVERSIDE_NON_ADMINS, trpcError } from "../../../test/expect-trpc";
import { demoIds } from "../../../test/fixtures";

const t = useTestDatabase();
const admin = () => callerAs(t.db, "admin@riverside.example");

describe("team router", () => {
  it("lists the organisation's teams with coaches and athlete counts", async () => {
    const list = await (await admin()).team.list();
    expect(list.map((x) => x.name)).toEqual(["Road Runners", "Trail Squad"]);
    const road = list[0]!;
    expect(road.coaches).toEqual(["Daniel Okafor"]);
    expect(road.athleteCount).toBeGreaterThan(3);
    expect(road.archivedAt).toBeNull();
  });

  it("creates and renames, refusing a name in use", async () => {
    const caller = await admin();
    const { id } = await caller.team.create({ name: "  Juniors  " });
    expect((await caller.team.list()).find((x) => x.id === id)!.name).toBe("Juniors");
    expect((await trpcError(caller.team.create({ name: "Road Runners" }), "CONFLICT")).message).toMatch(/name already/);
    await trpcError(caller.team.rename({ id, name: "Trail Squad" }), "CONFLICT");
    await caller.team.rename({ id, name: "Junior Squad" });
    expect((await caller.team.list()).find((x) => x.id === id)!.name).toBe("Junior Squad");
    const actions = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
    expect(actions.map((a) => a.action)).toEqual(["team.created", "team.renamed"]);
  });

  it("the same name is fine in another organisation", async () => {
    await (await callerAs(t.db, "admin@hillside.example")).team.create({ name: "Road Runners" });
  });

  it("archiving hides the team from coaches but keeps its members; restoring brings it back", async () => {
    const ids = await demoIds(t.db);
    const caller = await admin();
    const membersBefore = await t.db.select().from(teamMembers).where(eq(teamMembers.teamId, ids.trailTeam));
    await caller.team.archive({ id: ids.trailTeam, archived: true });
    expect((await caller.team.list()).find((x) => x.id === ids.trailTeam)!.archivedAt).not.toBeNull();
    expect(await (await callerAs(t.db, "coach2@riverside.example")).roster.list()).toEqual([]);
    expect(await t.db.select().from(teamMembers).where(eq(teamMembers.teamId, ids.trailTeam))).toHaveLength(membersBefore.length);
    // An archived team cannot take new members.
    await trpcError(caller.people.setTeams({ userId: ids.athlete, teamIds: [ids.trailTeam] }), "NOT_FOUND");
    await caller.team.archive({ id: ids.trailTeam, archived: false });
    expect((await (await callerAs(t.db, "coach2@riverside.example")).roster.list()).length).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND for another organisation's team", async () => {
    const ids = await demoIds(t.db);
    const hillside = await callerAs(t.db, "admin@hillside.example");
    await trpcError(hillside.team.rename({ id: ids.roadTeam, name: "Taken Over" }), "NOT_FOUND");
    await trpcError(hillside.team.archive({ id: ids.roadTeam, archived: true }), "NOT_FOUND");
    const [road] = await t.db.select().from(teams).where(eq(teams.id, ids.roadTeam));
    expect(road).toMatchObject({ name: "Road Runners", archivedAt: null });
  });

  it.each(RIVERSIDE_NON_ADMINS)("is refused to %s", async (email) => {
    const ids = await demoIds(t.db);
    const caller = await callerAs(t.db, email);
    await trpcError(caller.team.list(), "FORBIDDEN");
    await trpcError(caller.team.create({ name: "Sneaky" }), "FORBIDDEN");
    await trpcError(caller.team.rename({ id: ids.roadTeam, name: "Sneaky" }), "FORBIDDEN");
    await trpcError(caller.team.archive({ id: ids.roadTeam, archived: true }), "FORBIDDEN");
  });
});
