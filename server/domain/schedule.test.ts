import { describe, expect, it } from "vitest";
import { describeSchedule, dueToday, isScheduledOn, timesPerWeekOf, weeklyTarget, type ItemSchedule } from "./schedule";
import type { Weekday } from "./vocab";

const MON_WED_FRI: Weekday[] = [1, 3, 5];

describe("describeSchedule", () => {
  it.each<[ItemSchedule, string]>([
    [{ kind: "before-run" }, "Before every run"],
    [{ kind: "after-run" }, "After every run"],
    [{ kind: "daily" }, "Daily"],
    [{ kind: "times-per-week", timesPerWeek: 3 }, "3× a week"],
    [{ kind: "times-per-week", timesPerWeek: 1 }, "1× a week"],
    [{ kind: "times-per-week", timesPerWeek: 12 }, "7× a week"],
    [{ kind: "times-per-week" }, "1× a week"],
    [{ kind: "times-per-week", timesPerWeek: null }, "1× a week"],
    [{ kind: "weekdays", weekdays: null }, "No days chosen"],
    [{ kind: "weekdays", weekdays: [5, 1, 3] }, "Mon, Wed, Fri"],
    [{ kind: "weekdays", weekdays: [1, 1, 3] }, "Mon, Wed"],
    [{ kind: "weekdays", weekdays: [7, 6] }, "Sat, Sun"],
    [{ kind: "weekdays", weekdays: [1, 2, 3, 4, 5, 6, 7] }, "Daily"],
    [{ kind: "weekdays", weekdays: [] }, "No days chosen"],
  ])("%j → %s", (schedule, expected) => {
    expect(describeSchedule(schedule)).toBe(expected);
  });

  it("puts Sunday first when the week starts on Sunday", () => {
    expect(describeSchedule({ kind: "weekdays", weekdays: [6, 7, 2] }, 7)).toBe("Sun, Tue, Sat");
  });
});

describe("timesPerWeekOf", () => {
  it.each([
    [3, 3],
    [0, 1],
    [-2, 1],
    [9, 7],
    [2.6, 3],
    [Number.NaN, 1],
    [undefined, 1],
  ])("%s → %i", (n, expected) => {
    expect(timesPerWeekOf({ kind: "times-per-week", timesPerWeek: n })).toBe(expected);
  });
});

describe("isScheduledOn", () => {
  // 2025-01-06 is a Monday, 2025-01-07 a Tuesday, 2025-01-12 a Sunday
  it.each<[ItemSchedule, string, Weekday[], boolean]>([
    [{ kind: "before-run" }, "2025-01-06", MON_WED_FRI, true],
    [{ kind: "before-run" }, "2025-01-07", MON_WED_FRI, false],
    [{ kind: "after-run" }, "2025-01-10", MON_WED_FRI, true],
    [{ kind: "after-run" }, "2025-01-12", [], false],
    [{ kind: "weekdays", weekdays: [2, 7] }, "2025-01-12", MON_WED_FRI, true],
    [{ kind: "weekdays", weekdays: [2, 7] }, "2025-01-06", MON_WED_FRI, false],
    [{ kind: "weekdays" }, "2025-01-06", MON_WED_FRI, false],
    [{ kind: "daily" }, "2025-01-12", [], true],
    [{ kind: "times-per-week", timesPerWeek: 7 }, "2025-01-06", MON_WED_FRI, false],
  ])("%j on %s with run days %j → %s", (schedule, day, runDays, expected) => {
    expect(isScheduledOn(schedule, day, runDays)).toBe(expected);
  });
});

describe("weeklyTarget", () => {
  const three: ItemSchedule = { kind: "times-per-week", timesPerWeek: 3 };
  it.each([
    ["whole week", "2025-01-06", null, "2025-01-06", 3],
    ["starts Saturday", "2025-01-11", null, "2025-01-06", 2],
    ["ends Monday", "2024-12-01", "2025-01-06", "2025-01-06", 1],
    ["not yet started", "2025-01-13", null, "2025-01-06", 0],
    ["Sunday-start week straddling the year end", "2025-01-03", null, "2024-12-29", 2],
  ] as const)("%s", (_label, activeFrom, activeTo, start, expected) => {
    expect(weeklyTarget({ schedule: three, activeFrom, activeTo }, start)).toBe(expected);
  });

  it("leaves out excluded days", () => {
    const excluded = new Set(["2025-01-07", "2025-01-08", "2025-01-09", "2025-01-10", "2025-01-11"]);
    expect(weeklyTarget({ schedule: three, activeFrom: "2025-01-01" }, "2025-01-06", excluded)).toBe(2);
  });
});

describe("dueToday", () => {
  const items = [
    { id: "warm", schedule: { kind: "before-run" }, activeFrom: "2025-01-01" },
    { id: "cool", schedule: { kind: "after-run" }, activeFrom: "2025-01-01", activeTo: "2025-01-08" },
    { id: "core", schedule: { kind: "times-per-week", timesPerWeek: 2 }, activeFrom: "2025-01-01" },
    { id: "rows", schedule: { kind: "weekdays", weekdays: [2, 4] }, activeFrom: "2025-01-01" },
    { id: "breath", schedule: { kind: "daily" }, activeFrom: "2025-01-09", activeTo: null },
    { id: "late", schedule: { kind: "times-per-week", timesPerWeek: 3 }, activeFrom: "2025-01-11" },
  ] satisfies Parameters<typeof dueToday<string>>[0]["items"];

  type Row = [label: string, day: string, week: Record<string, number>, today: string[], due: string[]];
  it.each<Row>([
    ["Monday run day, nothing done", "2025-01-06", {}, [], ["warm", "cool", "core"]],
    ["Tuesday rest day", "2025-01-07", {}, [], ["core", "rows"]],
    ["Wednesday, core quota met", "2025-01-08", { core: 2 }, [], ["warm", "cool"]],
    ["core quota met by today's session stays listed", "2025-01-08", { core: 2 }, ["core"], ["warm", "cool", "core"]],
    ["after-run ended yesterday; daily starts today", "2025-01-09", { core: 1 }, [], ["core", "rows", "breath"]],
    ["item starting Saturday asks for at most 2", "2025-01-11", {}, [], ["core", "breath", "late"]],
  ])("%s", (_label, day, week, today, expected) => {
    const result = dueToday({
      items,
      day,
      runDays: MON_WED_FRI,
      weekStartsOn: 1,
      doneThisWeek: new Map(Object.entries(week)),
      doneToday: new Set(today),
    });
    expect(result.map((r) => r.id)).toEqual(items.map((i) => i.id));
    expect(result.filter((r) => r.due).map((r) => r.id)).toEqual(expected);
  });

  it("reports flexible progress against the week's quota, capped", () => {
    const [core, late] = dueToday({
      items: [items[2]!, items[5]!],
      day: "2025-01-12",
      runDays: MON_WED_FRI,
      weekStartsOn: 1,
      doneThisWeek: new Map([["core", 5], ["late", 1]]),
      doneToday: new Set(["late"]),
    });
    expect(core).toEqual({ id: "core", due: false, doneToday: false, week: { done: 2, target: 2 } });
    expect(late).toEqual({ id: "late", due: true, doneToday: true, week: { done: 1, target: 2 } });
  });

  it("uses the organisation's week: Sunday belongs to the next week when weeks start on Sunday", () => {
    // Starts Sunday 2025-01-12: with Monday weeks that is the last day of 6–12 Jan (room for 1),
    // with Sunday weeks the first of 12–18 Jan (room for the full 2).
    const core = { id: "core", schedule: { kind: "times-per-week", timesPerWeek: 2 }, activeFrom: "2025-01-12" } as const;
    const week = (weekStartsOn: 1 | 7, done: number) =>
      dueToday({
        items: [core],
        day: "2025-01-12",
        runDays: [],
        weekStartsOn,
        doneThisWeek: new Map([["core", done]]),
        doneToday: new Set<string>(),
      })[0];
    expect(week(1, 0)).toMatchObject({ due: true, week: { done: 0, target: 1 } });
    expect(week(7, 0)).toMatchObject({ due: true, week: { done: 0, target: 2 } });
    expect(week(1, 1)).toMatchObject({ due: false, week: { done: 1, target: 1 } });
    expect(week(7, 1)).toMatchObject({ due: true, week: { done: 1, target: 2 } });
  });

  it("handles no items", () => {
    expect(dueToday({ items: [], day: "2025-01-06", runDays: [], weekStartsOn: 1, doneThisWeek: new Map(), doneToday: new Set() })).toEqual([]);
  });
});
