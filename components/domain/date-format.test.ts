import { tz } from "@date-fns/tz";
import { format, formatDistanceStrict, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { type DatePattern, dayLabel, durationLabel, formatDay, formatInstant, relativeLabel } from "./date-format";

const PATTERNS: DatePattern[] = [
  "d",
  "EEE",
  "HH:mm",
  "d MMM",
  "d MMMM",
  "EEE d MMM",
  "EEEE d MMMM",
  "d MMM yyyy",
  "yyyy-MM-dd",
  "d MMM HH:mm",
  "d MMM, HH:mm",
  "d MMM HH:mm:ss",
  "EEE d MMM, HH:mm",
  "d MMM yyyy, HH:mm",
  "d MMM yyyy HH:mm:ss",
  "EEE d MMM yyyy, HH:mm",
  "d MMMM yyyy 'at' HH:mm",
];
const ZONES = ["UTC", "Europe/Amsterdam", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"];

describe("formatInstant", () => {
  it("writes every pattern as date-fns does, in several zones, across three years at odd hours", () => {
    // A step of 3 days 7 h 13 min 7 s lands on every hour, many minutes and seconds, and each side of the DST changes.
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 285_187_000) {
      const date = new Date(t);
      for (const zone of ZONES) {
        for (const pattern of PATTERNS) expect(formatInstant(date, pattern, zone)).toBe(format(date, pattern, { in: tz(zone) }));
      }
    }
  });

  it("writes midnight as 00:00 and single-digit days without padding", () => {
    expect(formatInstant(new Date("2026-03-05T00:07:00Z"), "EEE d MMM yyyy, HH:mm", "UTC")).toBe("Thu 5 Mar 2026, 00:07");
    expect(formatInstant(new Date("2026-03-05T00:07:03Z"), "d MMM yyyy HH:mm:ss", "UTC")).toBe("5 Mar 2026 00:07:03");
    expect(formatInstant(new Date("2026-03-05T09:07:00Z"), "yyyy-MM-dd", "UTC")).toBe("2026-03-05");
  });

  it("writes a quoted part as it stands", () => {
    expect(formatInstant(new Date("2026-03-05T18:30:00Z"), "d MMMM yyyy 'at' HH:mm", "UTC")).toBe("5 March 2026 at 18:30");
  });

  it("uses the runtime's own zone when none is given, as date-fns does", () => {
    const date = new Date("2026-07-04T23:59:58Z");
    for (const pattern of PATTERNS) expect(formatInstant(date, pattern)).toBe(format(date, pattern));
  });
});

describe("formatDay", () => {
  it("names every day of three years as date-fns does", () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      expect(dayLabel(day)).toBe(format(parseISO(day), "d MMM"));
      expect(formatDay(day, "EEE d MMM")).toBe(format(parseISO(day), "EEE d MMM"));
      expect(formatDay(day, "d MMM yyyy")).toBe(format(parseISO(day), "d MMM yyyy"));
      for (const pattern of ["d", "EEE", "d MMMM", "EEEE d MMMM", "yyyy-MM-dd"] as const) expect(formatDay(day, pattern)).toBe(format(parseISO(day), pattern));
    }
  });

  it("does not move a day with the time zone it runs in", () => {
    expect(dayLabel("2026-03-09")).toBe("9 Mar");
    expect(dayLabel("2026-12-31")).toBe("31 Dec");
    expect(formatDay("2026-01-01", "EEE d MMM yyyy, HH:mm")).toBe("Thu 1 Jan 2026, 00:00");
  });
});

describe("durationLabel", () => {
  it("agrees with date-fns' formatDistanceStrict from a second to five years", () => {
    const start = new Date("2026-01-15T12:00:00Z");
    for (let ms = 0; ms < 5 * 365 * 86_400_000; ms = ms < 1000 ? ms + 499 : Math.ceil(ms * 1.07)) {
      const end = new Date(start.getTime() + ms);
      expect(durationLabel(start, end)).toBe(formatDistanceStrict(end, start, { in: tz("UTC") }));
    }
  });

  it("is the same in either order", () => {
    expect(durationLabel(Date.UTC(2026, 0, 2), Date.UTC(2026, 0, 1))).toBe("1 day");
    expect(durationLabel(0, 90 * 60_000)).toBe("2 hours");
  });
});

describe("relativeLabel", () => {
  it("agrees with date-fns' formatDistanceStrict with a suffix, before and after now", () => {
    const now = new Date("2026-01-15T12:00:00Z");
    for (let ms = 0; ms < 5 * 365 * 86_400_000; ms = ms < 1000 ? ms + 499 : Math.ceil(ms * 1.07)) {
      for (const date of [new Date(now.getTime() - ms), new Date(now.getTime() + ms)]) {
        expect(relativeLabel(date, now)).toBe(formatDistanceStrict(date, now, { addSuffix: true, in: tz("UTC") }));
      }
    }
  });

  it("reads the past as ago and the future as in", () => {
    expect(relativeLabel(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1, 0, 5))).toBe("5 minutes ago");
    expect(relativeLabel(Date.UTC(2026, 0, 1, 2), Date.UTC(2026, 0, 1))).toBe("in 2 hours");
  });
});
