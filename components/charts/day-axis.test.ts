import { afterEach, describe, expect, it } from "vitest";
import { dayToX, xToDay } from "./day-axis";

const zoneBefore = process.env.TZ;

describe("day axis", () => {
  afterEach(() => {
    process.env.TZ = zoneBefore;
  });

  it.each(["Europe/Berlin", "Pacific/Auckland", "America/Los_Angeles", "UTC"])("gives back the same day in %s", (zone) => {
    process.env.TZ = zone;
    for (const day of ["2026-01-01", "2026-03-29", "2026-10-25", "2026-12-31", "2028-02-29"]) expect(xToDay(dayToX(day))).toBe(day);
  });

  it("puts consecutive days one day apart, across daylight-saving changes", () => {
    process.env.TZ = "Europe/Berlin";
    expect(dayToX("2026-03-30") - dayToX("2026-03-29")).toBe(86_400_000);
  });
});
