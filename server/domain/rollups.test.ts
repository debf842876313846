import { describe, expect, it } from "vitest";
import { LATE_FILL_DAYS } from "./adherence";
import { addDays } from "./calendar";
import { finalWeeksBefore, rollupCutoffs } from "./rollups";

describe("rollup cutoffs", () => {
  const thisWeek = "2026-11-30";

  it("keeps every week a late check-off or a correction can still reach out of the rollups", () => {
    const { adherenceBefore, painBefore } = rollupCutoffs(thisWeek);
    // The last rolled week ends, plus its late-fill days, before an athlete a day behind reaches it.
    const lastAdherenceWeek = addDays(adherenceBefore, -7);
    expect(addDays(lastAdherenceWeek, 6 + LATE_FILL_DAYS) < addDays(thisWeek, -1)).toBe(true);
    expect(adherenceBefore).toBe("2026-11-16");
    const lastPainWeek = addDays(painBefore, -7);
    expect(addDays(lastPainWeek, 6 + 1) < addDays(thisWeek, -1)).toBe(true);
    expect(painBefore).toBe("2026-11-23");
  });

  it("rolls up no more than it must leave out", () => {
    // One week later would no longer be final by the same rule.
    const before = finalWeeksBefore(thisWeek, LATE_FILL_DAYS);
    expect(addDays(before, 6 + LATE_FILL_DAYS) < addDays(thisWeek, -1)).toBe(false);
    // Even with no lag, last week may still be today for an athlete a day behind.
    expect(finalWeeksBefore(thisWeek, 0)).toBe("2026-11-23");
  });
});
