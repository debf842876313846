import { describe, expect, it } from "vitest";
import { tz } from "@date-fns/tz";
import { format, parseISO } from "date-fns";
import { addDays, daysBetween, eachDay, isDay, isoWeekday, isValidTimeZone, localDay, shortDayLabel, weekStart, weeksBetween } from "./calendar";

describe("localDay", () => {
  it.each([
    // Europe/London: spring forward 2024-03-31 01:00Z, fall back 2024-10-27 01:00Z
    ["2024-03-30T23:59:00Z", "Europe/London", "2024-03-30"],
    ["2024-03-31T00:30:00Z", "Europe/London", "2024-03-31"],
    ["2024-03-31T23:30:00Z", "Europe/London", "2024-04-01"], // BST: 00:30 next day
    ["2024-10-26T23:30:00Z", "Europe/London", "2024-10-27"], // still BST
    ["2024-10-27T23:30:00Z", "Europe/London", "2024-10-27"], // back on GMT
    // America/New_York: spring forward 2024-03-10, fall back 2024-11-03
    ["2024-03-10T04:59:00Z", "America/New_York", "2024-03-09"], // 23:59 EST
    ["2024-03-11T03:59:00Z", "America/New_York", "2024-03-10"], // 23:59 EDT
    ["2024-03-11T04:00:00Z", "America/New_York", "2024-03-11"],
    ["2024-11-04T04:30:00Z", "America/New_York", "2024-11-03"], // 23:30 EST
    // Australia/Sydney: DST ends 2024-04-07, starts 2024-10-06
    ["2024-04-06T13:30:00Z", "Australia/Sydney", "2024-04-07"], // 00:30 AEDT
    ["2024-04-07T13:30:00Z", "Australia/Sydney", "2024-04-07"], // 23:30 AEST
    ["2024-10-05T13:30:00Z", "Australia/Sydney", "2024-10-05"], // 23:30 AEST
    ["2024-10-06T13:30:00Z", "Australia/Sydney", "2024-10-07"], // 00:30 AEDT
    // Pacific/Auckland: DST ends 2024-04-07, starts 2024-09-29; UTC+13 in summer
    ["2024-12-31T11:00:00Z", "Pacific/Auckland", "2025-01-01"], // New Year already
    ["2024-12-31T10:59:00Z", "Pacific/Auckland", "2024-12-31"],
    ["2024-04-06T11:30:00Z", "Pacific/Auckland", "2024-04-07"], // 00:30 NZDT
    ["2024-09-28T12:30:00Z", "Pacific/Auckland", "2024-09-29"], // 00:30 NZST, before the change
    ["2024-09-29T10:30:00Z", "Pacific/Auckland", "2024-09-29"], // 23:30 NZDT, same day after it
    ["2024-09-29T11:30:00Z", "Pacific/Auckland", "2024-09-30"],
    // Year end on the other side of the date line
    ["2025-01-01T04:30:00Z", "America/New_York", "2024-12-31"],
    ["2025-01-01T00:00:00Z", "UTC", "2025-01-01"],
  ])("%s in %s is %s", (iso, zone, expected) => {
    expect(localDay(new Date(iso), zone)).toBe(expected);
  });

  it("rejects an invalid instant or zone", () => {
    expect(() => localDay(new Date("nope"), "UTC")).toThrow(RangeError);
    expect(() => localDay(new Date(), "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it.each([
    ["2024-03-30", 1, "2024-03-31"], // across London/EU spring-forward
    ["2024-03-31", 1, "2024-04-01"],
    ["2024-10-26", 2, "2024-10-28"], // across fall-back
    ["2024-03-09", 2, "2024-03-11"], // across US spring-forward
    ["2024-04-06", 1, "2024-04-07"], // Sydney/Auckland DST end
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-05-10", 0, "2024-05-10"],
    ["2024-01-01", 366, "2025-01-01"],
  ] as const)("%s + %i = %s", (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});

describe("shortDayLabel", () => {
  it("words every day of three years as date-fns' \"EEE d MMM\" does", () => {
    const utc = tz("UTC");
    for (const day of eachDay("2025-01-01", "2027-12-31")) expect(shortDayLabel(day)).toBe(format(parseISO(day, { in: utc }), "EEE d MMM"));
    expect(shortDayLabel("2026-03-14")).toBe("Sat 14 Mar");
  });

  it("refuses what is not a day", () => {
    expect(() => shortDayLabel("2026-02-30")).toThrow(RangeError);
  });
});

describe("daysBetween", () => {
  it.each([
    ["2024-03-30", "2024-04-01", 2], // spans a 23-hour day
    ["2024-10-26", "2024-10-28", 2], // spans a 25-hour day
    ["2024-12-31", "2025-01-01", 1],
    ["2025-01-01", "2024-12-31", -1],
    ["2024-01-01", "2025-01-01", 366],
    ["2024-06-01", "2024-06-01", 0],
  ] as const)("%s → %s is %i", (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe("isoWeekday", () => {
  it.each([
    ["2024-12-30", 1], // Monday
    ["2024-12-31", 2],
    ["2025-01-01", 3],
    ["2025-01-05", 7], // Sunday
    ["2024-03-31", 7], // Sunday of the EU DST change
    ["2024-02-29", 4],
  ] as const)("%s is %i", (day, expected) => {
    expect(isoWeekday(day)).toBe(expected);
  });
});

describe("weekStart", () => {
  it.each([
    ["2025-01-01", 1, "2024-12-30"], // ISO week straddles the year end
    ["2025-01-01", 7, "2024-12-29"],
    ["2024-12-29", 1, "2024-12-23"], // a Sunday belongs to the week before when weeks start Monday
    ["2024-12-29", 7, "2024-12-29"], // ...and starts its own week when they start Sunday
    ["2024-12-30", 1, "2024-12-30"],
    ["2024-03-31", 1, "2024-03-25"], // DST Sunday
    ["2024-03-31", 7, "2024-03-31"],
    ["2024-11-04", 7, "2024-11-03"],
  ] as const)("%s, week starting %i → %s", (day, startsOn, expected) => {
    expect(weekStart(day, startsOn)).toBe(expected);
  });
});

describe("eachDay", () => {
  it.each([
    ["2024-12-30", "2025-01-02", ["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"]],
    ["2024-03-30", "2024-04-01", ["2024-03-30", "2024-03-31", "2024-04-01"]],
    ["2024-11-02", "2024-11-04", ["2024-11-02", "2024-11-03", "2024-11-04"]],
    ["2024-05-05", "2024-05-05", ["2024-05-05"]],
    ["2024-05-06", "2024-05-05", []],
  ] as const)("%s..%s", (from, to, expected) => {
    expect(eachDay(from, to)).toEqual(expected);
  });
});

describe("day validation", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["2024-1-01", false],
    ["2024-01-01T00:00", false],
    ["", false],
  ] as const)("isDay(%j) is %s", (value, expected) => {
    expect(isDay(value)).toBe(expected);
  });

  it("throws on malformed days instead of returning garbage", () => {
    expect(() => addDays("2024-02-30", 1)).toThrow(RangeError);
    expect(() => eachDay("2024-01-01", "soon")).toThrow(RangeError);
  });
});

describe("isValidTimeZone", () => {
  it.each([
    ["Europe/London", true],
    ["America/New_York", true],
    ["Australia/Sydney", true],
    ["Pacific/Auckland", true],
    ["UTC", true],
    ["Asia/Calcutta", true], // legacy alias still used by older devices
    ["Mars/Olympus", false],
    ["", false],
    ["   ", false],
  ] as const)("%j → %s", (zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });
});

describe("weeksBetween", () => {
  it("counts the week starts from the first up to, not including, the second", () => {
    expect(weeksBetween("2026-09-07", "2026-11-16")).toBe(10);
    expect(weeksBetween("2026-11-16", "2026-11-16")).toBe(0);
    expect(weeksBetween("2026-11-23", "2026-11-16")).toBe(0);
  });
});
