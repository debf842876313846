/** The physio's queue: their organisation's open cases, most urgent first, with filters. */
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { TIER_RANK } from "../../domain/escalation";
import { callerAs, userId, useTestDatabase } from "../../../test/db";
import { type DemoIds, demoIds } from "../../../test/fixtures";
import { addAthletes, painReport } from "../../../test/pain";

const t = useTestDatabase();
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(t.db);
});

describe("triage.queue", () => {
  it("lists open cases of the physio's organisation only, by tier then waiting time", async () => {
    const physio = await callerAs(t.db, "physio@riverside.example");
    const queue = await physio.triage.queue({});
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((c) => c.status !== "resolved")).toBe(true);
    for (let i = 1; i < queue.length; i++) {
      const [a, b] = [queue[i - 1]!, queue[i]!];
      expect(TIER_RANK[a.tier] > TIER_RANK[b.tier] || (a.tier === b.tier && a.openedAt <= b.openedAt)).toBe(true);
    }
    const hillsideAthlete = ids.hillsideAthlete;
    expect(queue.some((c) => c.athleteId === hillsideAthlete)).toBe(false);
    const hillside = await (await callerAs(t.db, "physio@hillside.example")).triage.queue({});
    expect(hillside.some((c) => queue.some((q) => q.id === c.id))).toBe(false);
  });

  it("carries each case's reasons, teams and acknowledgement deadline", async () => {
    const physio = await callerAs(t.db, "physio@riverside.example");
    const lukas = await userId(t.db, "athlete03@riverside.example");
    const item = (await physio.triage.queue({})).find((c) => c.athleteId === lukas);
    expect(item).toMatchObject({ tier: "same-day", teams: ["Road Runners"], athleteName: "Lukas Schneider" });
    expect(item!.reasons[0]!.reason).toMatch(/^Pain spreading into the arm or neck, reported /);
    expect(item!.ackDueAt.getTime() - item!.openedAt.getTime()).toBe(24 * 3_600_000);
  });

  it("filters by tier, by team and by assignee", async () => {
    const physio = await callerAs(t.db, "physio@riverside.example");
    const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.trailTeam, count: 1, prefix: "queue" });
    const sent = await a!.caller.pain.submit(painReport({ painNow: 4, redFlags: { chestPainBreathlessSweating: true } }) as never);

    const emergencies = await physio.triage.queue({ tier: "emergency" });
    expect(emergencies.map((c) => c.id)).toContain(sent.caseId);
    expect(emergencies.every((c) => c.tier === "emergency")).toBe(true);

    const trail = await physio.triage.queue({ teamId: ids.trailTeam });
    expect(trail.map((c) => c.id)).toContain(sent.caseId);
    expect(trail.every((c) => c.teams.includes("Trail Squad"))).toBe(true);
    expect((await physio.triage.queue({ teamId: ids.roadTeam })).map((c) => c.id)).not.toContain(sent.caseId);

    expect(await physio.triage.queue({ assignedToMe: true })).toEqual([]);
    const me = (await physio.triage.physios()).find((p) => p.isMe)!;
    await physio.case.assign({ id: sent.caseId!, assigneeId: me.id });
    expect((await physio.triage.queue({ assignedToMe: true })).map((c) => c.id)).toEqual([sent.caseId]);
    const other = await callerAs(t.db, "physio2@riverside.example");
    expect(await other.triage.queue({ assignedToMe: true })).toEqual([]);
  });

  it("answers a team of another organisation like a missing one", async () => {
    const hillside = await callerAs(t.db, "physio@hillside.example");
    await expect(hillside.triage.queue({ teamId: ids.roadTeam })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Team not found." });
  });

  it("refuses coaches, athletes and admins", async () => {
    for (const email of ["coach@riverside.example", "athlete@riverside.example", "admin@riverside.example"]) {
      const err = await (await callerAs(t.db, email)).triage.queue({}).catch((e: TRPCError) => e);
      expect((err as TRPCError).code).toBe("FORBIDDEN");
    }
  });
});

describe("triage.physios and triage.teams", () => {
  it("lists the organisation's physiotherapists, marking the caller", async () => {
    const physios = await (await callerAs(t.db, "physio2@riverside.example")).triage.physios();
    expect(physios.map((p) => [p.name, p.isMe])).toEqual([
      ["Priya Raman", false],
      ["Tomás Ferreira", true],
    ]);
  });

  it("lists the organisation's teams", async () => {
    const teams = await (await callerAs(t.db, "physio@riverside.example")).triage.teams();
    expect(teams.map((x) => x.name)).toEqual(["Road Runners", "Trail Squad"]);
  });
});
