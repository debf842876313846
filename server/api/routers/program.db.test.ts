import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assignments, completions, programs } from "../../../db/schema";
import { callerAs, useTestDatabase, userId } from "../../../test/db";
import { type DemoIds, demoIds } from "../../../test/fixtures";
import { localDay } from "../../domain/calendar";

const t = useTestDatabase();
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(t.db);
});

const daily = { kind: "daily" as const, timesPerWeek: null, weekdays: null };
const dose = { kind: "reps" as const, sets: 2, reps: 10, holdSeconds: null, minutes: null, perSide: false };
const program = (name: string) => ({ name, goal: "", formCues: ["Relaxed shoulders"], lifestyleNotes: [], items: [{ exerciseId: ids.globalExercise, dose, schedule: daily }] });
const today = () => localDay(new Date(), "Europe/London");
const count = async (table: typeof programs | typeof assignments | typeof completions) => (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe("programs", () => {
  it("saving creates a new version; athletes keep theirs until moved", async () => {
    const coach = await callerAs(t.db, "coach@riverside.example");
    const { id } = await coach.program.create(program("Versioned"));
    await coach.assignment.create({ programId: id, athleteIds: [ids.athlete], startDay: "2026-01-05" });
    const saved = await coach.program.update({ ...program("Versioned"), id, items: [{ exerciseId: ids.globalExercise, dose: { ...dose, reps: 12 }, schedule: daily }] });
    expect(saved.version).toBe(2);
    const [mine] = await coach.assignment.forProgram({ programId: id });
    expect(mine?.version).toBe(1);
    const moved = await coach.assignment.moveToLatest({ id: mine!.id });
    expect(moved.version).toBe(2);
    const after = await coach.assignment.forProgram({ programId: id });
    expect(after.map((a) => [a.version, a.status]).sort()).toEqual([
      [1, "ended"],
      [2, "active"],
    ]);
    const v1 = await coach.program.byId({ id, version: 1 });
    expect(v1.items[0]?.dose.reps).toBe(10);
  });

  it("refuses doses out of bounds with the field's message and stores nothing", async () => {
    const coach = await callerAs(t.db, "coach@riverside.example");
    const before = await count(programs);
    await expect(coach.program.create({ ...program("Too much"), items: [{ exerciseId: ids.globalExercise, dose: { ...dose, sets: 21 }, schedule: daily }] })).rejects.toThrow(
      "Sets can be at most 20.",
    );
    await expect(coach.program.create({ ...program("No days"), items: [{ exerciseId: ids.globalExercise, dose, schedule: { kind: "weekdays", timesPerWeek: null, weekdays: [] } }] })).rejects.toThrow(
      "Pick at least one weekday.",
    );
    expect(await count(programs)).toBe(before);
  });

  it("refuses an exercise of another organisation as if it did not exist", async () => {
    const hillsideCoach = await callerAs(t.db, "coach@hillside.example");
    const own = await hillsideCoach.exercise.create({ name: "Hillside only", category: "core", bodyFocus: [], steps: ["Go."], dose, cautions: null, mediaUrl: null });
    const coach = await callerAs(t.db, "coach@riverside.example");
    await expect(coach.program.create({ ...program("Borrowed"), items: [{ exerciseId: own.id, dose, schedule: daily }] })).rejects.toThrow("not in your library");
    await expect(coach.exercise.update({ id: own.id, name: "Stolen", category: "core", bodyFocus: [], steps: ["x"], dose, cautions: null, mediaUrl: null })).rejects.toThrow("Exercise not found.");
    await expect(coach.exercise.archive({ id: ids.globalExercise, archived: true })).rejects.toThrow("shared library cannot be changed");
  });
});

describe("assignments", () => {
  it("assigns a whole team and refuses an overlapping second assignment, naming it", async () => {
    const coach = await callerAs(t.db, "coach@riverside.example");
    const { id } = await coach.program.create(program("Team plan"));
    const r = await coach.assignment.create({ programId: id, teamId: ids.roadTeam, athleteIds: [], startDay: "2026-02-01", endDay: "2026-03-01" });
    expect(r.count).toBe(12);
    const before = await count(assignments);
    await expect(coach.assignment.create({ programId: id, athleteIds: [ids.athlete], startDay: "2026-02-20" })).rejects.toThrow(/already has “Team plan” \(version 1\) from 1 Feb 2026 to 1 Mar 2026/);
    expect(await count(assignments)).toBe(before);
    // Back to back is fine: the first ends on 1 March.
    await expect(coach.assignment.create({ programId: id, athleteIds: [ids.athlete], startDay: "2026-03-02" })).resolves.toMatchObject({ count: 1 });
  });

  it("a coach cannot assign to another coach's team", async () => {
    const coach2 = await callerAs(t.db, "coach2@riverside.example");
    await expect(coach2.assignment.create({ programId: ids.program, teamId: ids.roadTeam, athleteIds: [], startDay: "2030-01-01" })).rejects.toThrow("Team not found.");
  });

  it("rejects an end before the start", async () => {
    const coach = await callerAs(t.db, "coach@riverside.example");
    await expect(coach.assignment.create({ programId: ids.program, athleteIds: [ids.athlete], startDay: "2030-01-02", endDay: "2030-01-01" })).rejects.toThrow(
      "The end date must be on or after the start date.",
    );
  });
});

describe("check-off", () => {
  it("sets a state: 50 concurrent identical requests leave one row, unchecking removes it", async () => {
    const athlete = await callerAs(t.db, "athlete@riverside.example");
    const day = today();
    const input = { assignmentId: ids.assignment, itemId: ids.item, day, done: true };
    await Promise.all(Array.from({ length: 50 }, () => athlete.today.setDone(input)));
    const rows = () => t.db.select().from(completions).where(and(eq(completions.assignmentId, ids.assignment), eq(completions.itemId, ids.item), eq(completions.day, day)));
    expect(await rows()).toHaveLength(1);
    await athlete.today.setDone(input);
    expect(await rows()).toHaveLength(1);
    await athlete.today.setDone({ ...input, done: false });
    await athlete.today.setDone({ ...input, done: false });
    expect(await rows()).toHaveLength(0);
  });

  it("allows late fills for 7 days, marked late, and never the future", async () => {
    const athlete = await callerAs(t.db, "athlete@riverside.example");
    const shift = (n: number) => localDay(new Date(Date.now() + n * 86_400_000), "Europe/London");
    await expect(athlete.today.setDone({ assignmentId: ids.assignment, itemId: ids.item, day: shift(1), done: true })).rejects.toThrow("has not happened yet");
    await expect(athlete.today.setDone({ assignmentId: ids.assignment, itemId: ids.item, day: shift(-8), done: true })).rejects.toThrow("last 7 days");
    await expect(athlete.today.setDone({ assignmentId: ids.assignment, itemId: ids.item, day: shift(-3), done: true })).resolves.toMatchObject({ late: true });
  });

  it("an athlete cannot check off someone else's item", async () => {
    const other = await callerAs(t.db, "athlete01@riverside.example");
    await expect(other.today.setDone({ assignmentId: ids.assignment, itemId: ids.item, day: today(), done: true })).rejects.toThrow("Exercise not found.");
  });

  it("today lists the athlete's due items and the roster's adherence counts a check-off", async () => {
    const athlete = await callerAs(t.db, "athlete@riverside.example");
    const plan = await athlete.today.get({});
    expect(plan.groups.length).toBeGreaterThan(0);
    const coach = await callerAs(t.db, "coach@riverside.example");
    const doneBefore = (await coach.roster.list()).find((r) => r.id === ids.athlete)!.adherence!.thisWeek.done;
    const item = plan.groups.flatMap((g) => g.items.filter((i) => !i.done && i.week === null).map((i) => ({ assignmentId: g.assignmentId, itemId: i.itemId })))[0]!;
    await athlete.today.setDone({ ...item, day: plan.day, done: true });
    const doneAfter = (await coach.roster.list()).find((r) => r.id === ids.athlete)!.adherence!.thisWeek.done;
    expect(doneAfter).toBe(doneBefore + 1);
    expect(await userId(t.db, "athlete@riverside.example")).toBe(ids.athlete);
  });
});
