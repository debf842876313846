/**
 * The periods dashboards offer: the last 4 or 12 weeks (this one included), or everything
 * since the first record. Weeks follow the organisation's week start.
 */
import { addDays, daysBetween, weekStart, type Day, type WeekStartsOn } from "./calendar";

export const RANGES = ["4w", "12w", "all"] as const;
export type Range = (typeof RANGES)[number];

export const RANGE_LABEL: Record<Range, string> = { "4w": "4 weeks", "12w": "12 weeks", all: "All" };

/** "All" stops two years back: older weeks would squeeze every chart into a blur. */
export const MAX_WEEKS = 104;

export type WeekRange = {
  /** First day of the first week. */
  from: Day;
  /** Last day of the current week (the current week is always included, though it is not over). */
  to: Day;
  thisWeek: Day;
  /** Week starts, oldest first. */
  weeks: Day[];
  /** True when "all" reached further back than MAX_WEEKS and was cut. */
  capped: boolean;
};

/** `earliest` is the first day with any data; "all" starts at its week (or this week when there is none). */
export function weekRange(range: Range, today: Day, weekStartsOn: WeekStartsOn, earliest?: Day | null): WeekRange {
  const thisWeek = weekStart(today, weekStartsOn);
  let count = range === "4w" ? 4 : range === "12w" ? 12 : 1;
  let capped = false;
  if (range === "all" && earliest && earliest < thisWeek) {
    count = Math.floor(daysBetween(weekStart(earliest, weekStartsOn), thisWeek) / 7) + 1;
    if (count > MAX_WEEKS) {
      count = MAX_WEEKS;
      capped = true;
    }
  }
  const from = addDays(thisWeek, -7 * (count - 1));
  const weeks = Array.from({ length: count }, (_, i) => addDays(from, 7 * i));
  return { from, to: addDays(thisWeek, 6), thisWeek, weeks, capped };
}
