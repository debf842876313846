import { describe, expect, it } from "vitest";
import { computeAdherence, ratioLabel, type AdherenceInput, type AdherenceItem } from "./adherence";
import type { ItemSchedule } from "./schedule";

// Reference week: Monday 2025-01-06 .. Sunday 2025-01-12.
const MON = "2025-01-06";
const SUN = "2025-01-12";

const item = (id: string, schedule: ItemSchedule, extra: Partial<AdherenceItem<string>> = {}): AdherenceItem<string> => ({
  id,
  schedule,
  activeFrom: "2024-12-01",
  ...extra,
});
const done = (itemId: string, ...days: string[]) => days.map((day) => ({ itemId, day }));

function run(overrides: Partial<AdherenceInput<string>>) {
  return computeAdherence<string>({
    items: [],
    completions: [],
    runDays: [1, 3, 5],
    from: MON,
    to: SUN,
    weekStartsOn: 1,
    today: SUN,
    ...overrides,
  });
}

const daily = item("d", { kind: "daily" });
const monWedFri = item("w", { kind: "weekdays", weekdays: [1, 3, 5] });
const beforeRun = item("b", { kind: "before-run" });
const threeAWeek = item("f", { kind: "times-per-week", timesPerWeek: 3 });

type Row = [label: string, input: Partial<AdherenceInput<string>>, totals: { due: number; done: number }];

describe("computeAdherence totals", () => {
  it.each<Row>([
    ["weekday schedule, 2 of 3 done", { items: [monWedFri], completions: done("w", MON, "2025-01-10") }, { due: 3, done: 2 }],
    ["completion on an unscheduled day does not count", { items: [monWedFri], completions: done("w", "2025-01-07") }, { due: 3, done: 0 }],
    ["per-run item follows the athlete's run days", { items: [beforeRun], runDays: [2, 4, 6, 7], completions: done("b", "2025-01-07", "2025-01-09") }, { due: 4, done: 2 }],
    ["per-run item with no run days is never due", { items: [beforeRun], runDays: [] }, { due: 0, done: 0 }],
    ["N a week, met", { items: [threeAWeek], completions: done("f", MON, "2025-01-08", "2025-01-11") }, { due: 3, done: 3 }],
    ["N a week, exceeded: done never exceeds due", { items: [threeAWeek], completions: done("f", MON, "2025-01-07", "2025-01-08", "2025-01-09") }, { due: 3, done: 3 }],
    ["N a week, two on the same day count once", { items: [threeAWeek], completions: done("f", MON, MON, MON) }, { due: 3, done: 1 }],
    ["partial first week: starts Saturday, 3× asks for 2", { items: [item("f", threeAWeek.schedule, { activeFrom: "2025-01-11" })], completions: done("f", SUN) }, { due: 2, done: 1 }],
    ["partial first week: daily item starts Thursday", { items: [item("d", daily.schedule, { activeFrom: "2025-01-09" })], completions: done("d", "2025-01-08", "2025-01-09") }, { due: 4, done: 1 }],
    ["range starts Thursday: fixed days before it are out", { items: [monWedFri], from: "2025-01-09", completions: done("w", MON, "2025-01-10") }, { due: 1, done: 1 }],
    ["range starts Thursday: the week's quota still sees Monday", { items: [threeAWeek], from: "2025-01-09", completions: done("f", MON, "2025-01-07") }, { due: 3, done: 2 }],
    ["item ended Wednesday", { items: [item("d", daily.schedule, { activeTo: "2025-01-08" })], completions: done("d", MON, "2025-01-10") }, { due: 3, done: 1 }],
    ["flexible item ended Tuesday asks for 2, not 3", { items: [item("f", threeAWeek.schedule, { activeTo: "2025-01-07" })], completions: done("f", MON, "2025-01-09") }, { due: 2, done: 1 }],
    ["paused days are never due, even if done", { items: [item("d", daily.schedule, { pausedDays: new Set(["2025-01-07", "2025-01-08"]) })], completions: done("d", "2025-01-07", "2025-01-09") }, { due: 5, done: 1 }],
    ["paused days shrink a flexible quota", { items: [item("f", threeAWeek.schedule, { pausedDays: new Set(["2025-01-07", "2025-01-08", "2025-01-09", "2025-01-10", "2025-01-11"]) })], completions: done("f", SUN) }, { due: 2, done: 1 }],
    ["late fill: recorded on Friday for Monday, counts for Monday", { items: [monWedFri], completions: [{ itemId: "w", day: MON }], today: "2025-01-10" }, { due: 3, done: 1 }],
    ["days after today are never due", { items: [daily], today: "2025-01-08", completions: done("d", MON, "2025-01-10") }, { due: 3, done: 1 }],
    ["week in progress: Wednesday, 3× owes nothing yet", { items: [threeAWeek], today: "2025-01-08" }, { due: 0, done: 0 }],
    ["week in progress: what is done is credited at once", { items: [threeAWeek], today: "2025-01-07", completions: done("f", MON) }, { due: 1, done: 1 }],
    ["week in progress: Saturday with 1 done, one is already missed", { items: [threeAWeek], today: "2025-01-11", completions: done("f", "2025-01-07") }, { due: 2, done: 1 }],
    ["completion from a future day is ignored", { items: [threeAWeek], today: "2025-01-11", completions: done("f", SUN) }, { due: 2, done: 0 }],
    ["other items' completions are ignored", { items: [monWedFri], completions: done("x", MON, "2025-01-08", "2025-01-10") }, { due: 3, done: 0 }],
    ["mixed items add up", { items: [daily, monWedFri, threeAWeek], completions: [...done("d", MON, "2025-01-07"), ...done("w", MON), ...done("f", SUN)] }, { due: 13, done: 4 }],
  ])("%s", (_label, input, totals) => {
    const result = run(input);
    expect({ due: result.totalDue, done: result.totalDone }).toEqual(totals);
    expect(result.ratio).toBe(totals.due === 0 ? null : totals.done / totals.due);
    for (const row of [...result.days, ...result.weeks]) expect(row.done).toBeLessThanOrEqual(row.due);
  });
});

describe("computeAdherence rows", () => {
  it("returns one row per day and per week, empty input meaning no data", () => {
    const result = run({ from: "2025-01-01", to: SUN });
    expect(result.days.map((d) => d.day)).toEqual(["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", MON, "2025-01-07", "2025-01-08", "2025-01-09", "2025-01-10", "2025-01-11", SUN]);
    expect(result.days.every((d) => d.due === 0 && d.done === 0)).toBe(true);
    expect(result.weeks).toEqual([
      { weekStart: "2024-12-30", due: 0, done: 0, ratio: null },
      { weekStart: MON, due: 0, done: 0, ratio: null },
    ]);
    expect(result).toMatchObject({ totalDue: 0, totalDone: 0, ratio: null, streak: 0 });
  });

  it("returns nothing for a backwards range", () => {
    expect(run({ items: [daily], from: SUN, to: MON })).toEqual({ days: [], weeks: [], totalDue: 0, totalDone: 0, ratio: null, streak: 0 });
  });

  it("puts Sunday in a different week when weeks start on Sunday", () => {
    // 1× a week, done Sunday 12 and Monday 13: one in each Monday-week, both in the same Sunday-week.
    const once = item("f", { kind: "times-per-week", timesPerWeek: 1 });
    const input = { items: [once], from: MON, to: "2025-01-19", today: "2025-01-19", completions: done("f", SUN, "2025-01-13") };
    expect(run({ ...input, weekStartsOn: 1 }).weeks).toEqual([
      { weekStart: MON, due: 1, done: 1, ratio: 1 },
      { weekStart: "2025-01-13", due: 1, done: 1, ratio: 1 },
    ]);
    expect(run({ ...input, weekStartsOn: 7 }).weeks).toEqual([
      { weekStart: "2025-01-05", due: 1, done: 0, ratio: 0 },
      { weekStart: SUN, due: 1, done: 1, ratio: 1 },
      { weekStart: "2025-01-19", due: 0, done: 0, ratio: null }, // today is its first day: nothing owed yet
    ]);
  });

  it.each([
    ["Europe spring forward", "2024-03-25", "2024-03-31", 1, ["2024-03-25"]],
    ["Europe fall back, Sunday weeks", "2024-10-20", "2024-10-27", 7, ["2024-10-20", "2024-10-27"]],
    ["US spring forward", "2024-03-04", "2024-03-10", 1, ["2024-03-04"]],
    ["US fall back, Sunday weeks", "2024-11-03", "2024-11-09", 7, ["2024-11-03"]],
    ["Southern hemisphere DST end", "2024-04-01", "2024-04-07", 1, ["2024-04-01"]],
    ["year end", "2024-12-29", "2025-01-04", 1, ["2024-12-23", "2024-12-30"]],
  ] as const)("DST and year-end weeks keep whole days: %s", (_label, from, to, startsOn, weekStarts) => {
    const d = item("d", { kind: "daily" }, { activeFrom: "2024-01-01" });
    const result = run({ items: [d], from, to, today: to, weekStartsOn: startsOn, completions: done("d", from, to) });
    expect(result.days).toHaveLength(7 + (from === "2024-10-20" ? 1 : 0));
    expect(result.weeks.map((w) => w.weekStart)).toEqual(weekStarts);
    expect({ due: result.totalDue, done: result.totalDone }).toEqual({ due: result.days.length, done: 2 });
  });
});

describe("streak", () => {
  const streakOf = (input: Partial<AdherenceInput<string>>) => run({ from: "2025-01-01", ...input }).streak;
  it.each<[string, Partial<AdherenceInput<string>>, number]>([
    ["every day done through today", { items: [daily], completions: done("d", "2025-01-09", "2025-01-10", "2025-01-11", SUN) }, 4],
    ["today not done yet: counts up to yesterday", { items: [daily], completions: done("d", "2025-01-10", "2025-01-11") }, 2],
    ["yesterday missed breaks it", { items: [daily], completions: done("d", "2025-01-09", "2025-01-10", SUN) }, 1],
    ["rest days neither count nor break", { items: [monWedFri], completions: done("w", "2025-01-03", MON, "2025-01-08", "2025-01-10") }, 4],
    ["a miss on a scheduled day breaks it", { items: [monWedFri], completions: done("w", "2025-01-03", "2025-01-08", "2025-01-10") }, 2],
    ["every fixed item must be done that day", { items: [daily, monWedFri], completions: [...done("d", "2025-01-10", "2025-01-11", SUN), ...done("w", "2025-01-08")] }, 2],
    ["flexible items do not affect it", { items: [daily, threeAWeek], completions: done("d", "2025-01-11", SUN) }, 2],
    ["paused days are skipped", { items: [item("d", daily.schedule, { pausedDays: new Set(["2025-01-10", "2025-01-11"]) })], completions: done("d", "2025-01-09", SUN) }, 2],
    ["late fill repairs it", { items: [daily], completions: done("d", "2025-01-09", "2025-01-10", "2025-01-11") }, 3],
    ["bounded by from", { items: [daily], from: "2025-01-10", completions: done("d", "2025-01-08", "2025-01-09", "2025-01-10", "2025-01-11") }, 2],
    ["not bounded by to", { items: [daily], to: "2025-01-08", completions: done("d", "2025-01-10", "2025-01-11", SUN) }, 3],
    ["nothing due at all", { items: [] }, 0],
  ])("%s", (_label, input, expected) => {
    expect(streakOf(input)).toBe(expected);
  });
});

describe("ratioLabel", () => {
  it.each([
    [5 / 6, "83%"],
    [1, "100%"],
    [0, "0%"],
    [0.5, "50%"],
    [0.996, "99%"], // not all done: never shown as 100%
    [0.004, "1%"], // something done: never shown as 0%
    [null, "—"],
    [undefined, "—"],
    [Number.NaN, "—"],
  ])("%s → %s", (ratio, expected) => {
    expect(ratioLabel(ratio)).toBe(expected);
  });
});
