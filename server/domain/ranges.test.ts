import { describe, expect, it } from "vitest";
import { MAX_WEEKS, weekRange } from "./ranges";

describe("weekRange", () => {
  // 2026-03-11 is a Wednesday.
  it.each([
    ["4w", 1, "2026-02-16", "2026-03-15", 4],
    ["12w", 1, "2025-12-22", "2026-03-15", 12],
    ["4w", 7, "2026-02-15", "2026-03-14", 4],
  ] as const)("%s with weeks starting on %i", (range, ws, from, to, n) => {
    const r = weekRange(range, "2026-03-11", ws);
    expect([r.from, r.to, r.weeks.length, r.thisWeek]).toEqual([from, to, n, r.weeks.at(-1)]);
  });

  it("all starts at the week of the first record", () => {
    const r = weekRange("all", "2026-03-11", 1, "2026-02-04");
    expect(r.weeks).toEqual(["2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09"]);
    expect(r.capped).toBe(false);
  });

  it("all without data is this week only, and a very long history is cut", () => {
    expect(weekRange("all", "2026-03-11", 1, null).weeks).toEqual(["2026-03-09"]);
    const long = weekRange("all", "2026-03-11", 1, "2020-01-01");
    expect(long.weeks).toHaveLength(MAX_WEEKS);
    expect(long.capped).toBe(true);
  });
});
