/**
 * OSTRC-O2 asks about the past 7 days, so a physio reads it week by week: one response per
 * week (the latest, which is the athlete's most recent view of that week).
 */
import { weekStart, type Day, type WeekStartsOn } from "./calendar";
import { type OstrcAnswers, type OstrcScore, scoreOstrcO2 } from "./ostrc";

export type OstrcResponse = { day: Day; reportId: string; answers: OstrcAnswers };
export type OstrcWeek = { weekStart: Day; day: Day; reportId: string; score: OstrcScore };

/** The latest response of each week, oldest week first. */
export function ostrcByWeek(responses: readonly OstrcResponse[], weekStartsOn: WeekStartsOn): OstrcWeek[] {
  const latest = new Map<Day, OstrcResponse>();
  for (const r of responses) {
    const week = weekStart(r.day, weekStartsOn);
    const seen = latest.get(week);
    if (!seen || r.day > seen.day) latest.set(week, r);
  }
  return [...latest.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([week, r]) => ({ weekStart: week, day: r.day, reportId: r.reportId, score: scoreOstrcO2(r.answers) }));
}
