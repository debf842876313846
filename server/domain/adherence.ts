/**
 * Adherence: how much of what was due got done, per day, per week and overall.
 *
 * Days are athlete-local calendar days. A completion counts for the day it was done for,
 * whenever it was recorded, so late fills land on the right day.
 */
import { addDays, eachDay, weekStart, type Day, type WeekStartsOn } from "./calendar";
import { isActiveOn, isFlexible, isScheduledOn, timesPerWeekOf, type ActivePeriod, type ItemSchedule } from "./schedule";
import type { Weekday } from "./vocab";

/** Check-offs can be filled in late this many days back; the future is never open. */
export const LATE_FILL_DAYS = 7;

export type AdherenceItem<Id> = ActivePeriod & {
  id: Id;
  schedule: ItemSchedule;
  /** Days the item is suspended (e.g. a physio's "no running"): never due. */
  pausedDays?: ReadonlySet<Day>;
};

export type AdherenceInput<Id> = {
  items: ReadonlyArray<AdherenceItem<Id>>;
  /**
   * For flexible items pass completions for whole weeks (from weekStart(from) to the end of
   * to's week): their quota belongs to the calendar week, even when [from, to] cuts it.
   */
  completions: ReadonlyArray<{ itemId: Id; day: Day }>;
  runDays: readonly Weekday[];
  /** Inclusive local days. */
  from: Day;
  to: Day;
  weekStartsOn: WeekStartsOn;
  today: Day;
};

export type DayAdherence = { day: Day; due: number; done: number };
export type WeekAdherence = { weekStart: Day; due: number; done: number; ratio: number | null };
export type Adherence = {
  /** Fixed-day items only: a flexible item has no particular day it is due on. */
  days: DayAdherence[];
  /** Fixed-day and flexible items. */
  weeks: WeekAdherence[];
  totalDue: number;
  totalDone: number;
  ratio: number | null;
  /** Consecutive days with every fixed-day item done, ending today (or yesterday). */
  streak: number;
};

/** Null when nothing was due: "no data" must not read as 0% or 100%. */
function ratioOf(done: number, due: number): number | null {
  return due > 0 ? done / due : null;
}

function isAvailable<Id>(item: AdherenceItem<Id>, day: Day): boolean {
  return isActiveOn(item, day) && !item.pausedDays?.has(day);
}

export function computeAdherence<Id>(input: AdherenceInput<Id>): Adherence {
  const { items, runDays, today } = input;
  // Distinct days per item: two completions on one day are one session, and done never exceeds due.
  const doneDays = new Map<Id, Set<Day>>();
  for (const c of input.completions) {
    const set = doneDays.get(c.itemId) ?? new Set<Day>();
    set.add(c.day);
    doneDays.set(c.itemId, set);
  }
  const fixed = items.filter((i) => !isFlexible(i.schedule));
  const flexible = items.filter((i) => isFlexible(i.schedule));

  const dayStat = (day: Day): DayAdherence => {
    let due = 0;
    let done = 0;
    if (day > today) return { day, due, done };
    for (const item of fixed) {
      if (!isAvailable(item, day) || !isScheduledOn(item.schedule, day, runDays)) continue;
      due += 1;
      if (doneDays.get(item.id)?.has(day)) done += 1;
    }
    return { day, due, done };
  };

  /**
   * A flexible quota only counts as missed once it can no longer be met at one session a day:
   * on a Tuesday a 3× item with the rest of the week ahead owes nothing yet, but what was
   * already done is credited straight away.
   */
  const flexWeek = (item: AdherenceItem<Id>, start: Day): { due: number; done: number } => {
    const week = eachDay(start, addDays(start, 6));
    const available = week.filter((d) => isAvailable(item, d));
    const target = Math.min(timesPerWeekOf(item.schedule), available.length);
    const stillAhead = available.filter((d) => d > today).length;
    const days = doneDays.get(item.id);
    const doneCount = week.filter((d) => d <= today && isActiveOn(item, d) && days?.has(d)).length;
    const done = Math.min(doneCount, target);
    return { due: Math.max(target - stillAhead, done), done };
  };

  const days = eachDay(input.from, input.to).map(dayStat);

  const weeks: WeekAdherence[] = [];
  for (const d of days) {
    const start = weekStart(d.day, input.weekStartsOn);
    let week = weeks[weeks.length - 1];
    if (week?.weekStart !== start) {
      week = { weekStart: start, due: 0, done: 0, ratio: null };
      for (const item of flexible) {
        const f = flexWeek(item, start);
        week.due += f.due;
        week.done += f.done;
      }
      weeks.push(week);
    }
    week.due += d.due;
    week.done += d.done;
  }
  for (const week of weeks) week.ratio = ratioOf(week.done, week.due);

  const totalDue = weeks.reduce((sum, w) => sum + w.due, 0);
  const totalDone = weeks.reduce((sum, w) => sum + w.done, 0);
  return { days, weeks, totalDue, totalDone, ratio: ratioOf(totalDone, totalDue), streak: streakOf(input, dayStat) };
}

/**
 * Walks back from today to `from` (the streak cannot see further back than the data given).
 * Days with nothing due neither count nor break it, and an unfinished today is not yet a miss.
 */
function streakOf<Id>(input: AdherenceInput<Id>, dayStat: (day: Day) => DayAdherence): number {
  const history = eachDay(input.from, input.today).map(dayStat).reverse();
  let streak = 0;
  for (const d of history) {
    if (d.due === 0) continue;
    if (d.done < d.due) {
      if (d.day === input.today) continue;
      break;
    }
    streak += 1;
  }
  return streak;
}

/**
 * "83%", or "—" when there is no data. Rounding never claims 100% for an incomplete record
 * nor 0% for a record with something done.
 */
export function ratioLabel(ratio: number | null | undefined): string {
  if (ratio == null || !Number.isFinite(ratio)) return "—";
  let percent = Math.round(ratio * 100);
  if (ratio < 1 && percent >= 100) percent = 99;
  if (ratio > 0 && percent <= 0) percent = 1;
  return `${percent}%`;
}
