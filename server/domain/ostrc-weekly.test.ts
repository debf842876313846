import { describe, expect, it } from "vitest";
import type { OstrcAnswers } from "./ostrc";
import { ostrcByWeek } from "./ostrc-weekly";

const a = (q1: number | null, q2: number | null, q3: number | null, q4: number | null) => ({ q1, q2, q3, q4 }) as OstrcAnswers;

describe("ostrcByWeek", () => {
  it("is empty without responses", () => {
    expect(ostrcByWeek([], 1)).toEqual([]);
  });

  it("keeps the latest response of each week, oldest week first", () => {
    const weeks = ostrcByWeek(
      [
        { day: "2026-11-18", reportId: "c", answers: a(2, 2, 1, 2) }, // Wed, week of Mon 16 Nov
        { day: "2026-11-09", reportId: "a", answers: a(1, 0, 0, 1) }, // Mon, week of 9 Nov
        { day: "2026-11-16", reportId: "b", answers: a(1, 1, 0, 1) }, // Mon, week of 16 Nov, earlier
      ],
      1,
    );
    expect(weeks.map((w) => [w.weekStart, w.reportId])).toEqual([
      ["2026-11-09", "a"],
      ["2026-11-16", "c"],
    ]);
    expect(weeks[1]!.score.severity).toBe(17 + 17 + 8 + 17);
    expect(weeks[1]!.score.substantial).toBe(true);
  });

  it("follows the organisation's first day of the week", () => {
    // Sunday 15 Nov starts a week when weeks start on Sunday, and ends one when they start on Monday.
    const responses = [{ day: "2026-11-15", reportId: "x", answers: a(0, null, null, null) }];
    expect(ostrcByWeek(responses, 7)[0]!.weekStart).toBe("2026-11-15");
    expect(ostrcByWeek(responses, 1)[0]!.weekStart).toBe("2026-11-09");
  });

  it("scores skipped questions as missing: no severity, no problem", () => {
    const [week] = ostrcByWeek([{ day: "2026-11-18", reportId: "x", answers: a(0, null, null, null) }], 1);
    expect(week!.score.severity).toBeNull();
    expect(week!.score.healthProblem).toBe(false);
    expect(week!.score.substantial).toBe(false);
  });
});
