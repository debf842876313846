import * as dateFns from "date-fns";
import { tz } from "@date-fns/tz";
import { afterAll, describe, expect, it } from "vitest";
import { format, formatDistanceStrict, parseISO } from "./date-format";

const PATTERNS = ["EEE d MMM", "EEE", "EEEE d MMMM", "HH:mm", "d MMM HH:mm:ss", "d MMM yyyy HH:mm:ss", "d MMM yyyy", "d MMM", "d MMM, HH:mm", "d MMMM yyyy 'at' HH:mm", "d MMMM", "d", "yyyy-MM-dd", "EEE d MMM yyyy, HH:mm", "M/d H:mm", "''dd''"];
const ZONES = ["UTC", "Europe/London", "America/New_York", "Australia/Sydney", "Pacific/Auckland"];
const originalZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalZone;
});

// Instants every 37 hours and 13 minutes over two years: every weekday, month, hour and DST change.
const instants = Array.from({ length: 480 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * (37 * 3_600_000 + 13 * 60_000 + 7_000)));

describe.each(ZONES)("in %s", (zone) => {
  it("runs in that zone", () => {
    process.env.TZ = zone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  it("formats as date-fns does, in local time and in UTC", () => {
    process.env.TZ = zone;
    for (const d of instants) {
      for (const p of PATTERNS) {
        expect(format(d, p)).toBe(dateFns.format(d, p));
        expect(format(d, p, { utc: true })).toBe(dateFns.format(d, p, { in: tz("UTC") }));
      }
    }
  });

  it("reads days and instants as date-fns' parseISO does", () => {
    process.env.TZ = zone;
    for (const s of ["2024-03-31", "2024-10-27", "2025-01-01", "2024-02-29", "2024-03-31T01:30:00Z", "2024-06-01T12:00:00.000Z", "2024-06-01T12:00:00+02:00"]) {
      expect(parseISO(s).getTime()).toBe(dateFns.parseISO(s).getTime());
    }
  });

  it("words distances as date-fns does", () => {
    process.env.TZ = zone;
    const base = new Date("2024-03-30T12:00:00Z");
    const steps = [0, 400, 29_000, 31_000, 59_499, 59_500, 90_000, 3_599_000, 3_600_000, 5_400_000, 86_399_000, 86_400_000, 2 * 86_400_000 + 3_600_000, 29.5 * 86_400_000, 31 * 86_400_000, 200 * 86_400_000, 364 * 86_400_000, 366 * 86_400_000, 800 * 86_400_000];
    for (const ms of steps) {
      for (const sign of [1, -1]) {
        const other = new Date(base.getTime() + sign * ms);
        expect(formatDistanceStrict(other, base)).toBe(dateFns.formatDistanceStrict(other, base));
        expect(formatDistanceStrict(other, base, { addSuffix: true })).toBe(dateFns.formatDistanceStrict(other, base, { addSuffix: true }));
      }
    }
  });
});

it("rejects an invalid date", () => {
  expect(() => format(new Date("nope"), "d MMM")).toThrow(RangeError);
  expect(() => formatDistanceStrict(new Date("nope"), new Date())).toThrow(RangeError);
});
