import { format, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { dayLabel } from "./day-label";

describe("dayLabel", () => {
  it("names every day of three years as date-fns' d MMM does elsewhere in the app", () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      expect(dayLabel(day)).toBe(format(parseISO(day), "d MMM"));
    }
  });

  it("does not move a day with the time zone it runs in", () => {
    expect(dayLabel("2026-03-09")).toBe("9 Mar");
    expect(dayLabel("2026-12-31")).toBe("31 Dec");
    expect(dayLabel("2026-01-01")).toBe("1 Jan");
  });
});
