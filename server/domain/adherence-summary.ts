import type { AthleteAdherenceInput } from "../../db/queries/adherence";
import { computeAdherence } from "./adherence";
import { addDays, eachDay, weekStart, type WeekStartsOn } from "./calendar";
import type { Weekday } from "./vocab";

export const ADHERENCE_WEEKS = 4;

/** The window the summary needs: the last four whole weeks plus this one. */
export function adherenceWindow(today: string, weekStartsOn: WeekStartsOn) {
  const thisWeek = weekStart(today, weekStartsOn);
  return { from: addDays(thisWeek, -7 * ADHERENCE_WEEKS), to: addDays(thisWeek, 6), thisWeek };
}

/** Adherence of one athlete over [from, to], from the rows adherenceInputs loads. */
export function adherenceOver(input: AthleteAdherenceInput, window: { from: string; to: string; today: string; weekStartsOn: WeekStartsOn }) {
  const { from, to, today, weekStartsOn } = window;
  // Items are keyed by assignment too: the same program item can belong to two assignments over time.
  const items = input.assignments.flatMap((a) => {
    const paused = new Set(a.pauses.flatMap((p) => eachDay(p.fromDay, p.toDay ?? to)));
    return a.items.map((i) => ({ id: `${a.id}:${i.id}`, schedule: i.schedule, activeFrom: a.startDay, activeTo: a.endDay, pausedDays: paused }));
  });
  return computeAdherence({
    items,
    completions: input.completions.map((c) => ({ itemId: `${c.assignmentId}:${c.itemId}`, day: c.day })),
    runDays: input.runDays as Weekday[],
    from,
    to,
    weekStartsOn,
    today,
  });
}

/** This week, the last four weeks (this one included) and the current streak, for one athlete. */
export function summariseAdherence(input: AthleteAdherenceInput, today: string, weekStartsOn: WeekStartsOn) {
  const { from, to, thisWeek } = adherenceWindow(today, weekStartsOn);
  const result = adherenceOver(input, { from, to, today, weekStartsOn });
  const last4 = result.weeks.slice(-ADHERENCE_WEEKS);
  const sum = (k: "due" | "done") => last4.reduce((n, w) => n + w[k], 0);
  const week = result.weeks.find((w) => w.weekStart === thisWeek) ?? null;
  return {
    thisWeek: week ? { due: week.due, done: week.done, ratio: week.ratio } : { due: 0, done: 0, ratio: null },
    last4Weeks: { due: sum("due"), done: sum("done"), ratio: sum("due") > 0 ? sum("done") / sum("due") : null },
    weeks: result.weeks,
    streak: result.streak,
  };
}
