/**
 * When a program item is due. Two families:
 * - fixed-day kinds (before-run, after-run, weekdays, daily) are due on particular calendar days;
 * - times-per-week is flexible: N sessions in the organisation's week, on whichever days suit.
 */
import { eachDay, isoWeekday, weekStart, addDays, type Day, type WeekStartsOn } from "./calendar";
import { WEEKDAYS, type ScheduleKind, type Weekday } from "./vocab";

/** Null is accepted as "not set" so rows from nullable database columns fit as they are. */
export type ItemSchedule = {
  kind: ScheduleKind;
  /** 1..7, for times-per-week. */
  timesPerWeek?: number | null;
  /** For weekdays. */
  weekdays?: readonly Weekday[] | null;
};

/** An item's life span: both ends inclusive; no end means still running. */
export type ActivePeriod = { activeFrom: Day; activeTo?: Day | null };

const WEEKDAY_SHORT: Record<Weekday, string> = { 1: "Mon", 2: "Tue", 3: "Wed", 4: "Thu", 5: "Fri", 6: "Sat", 7: "Sun" };

export function isFlexible(schedule: ItemSchedule): boolean {
  return schedule.kind === "times-per-week";
}

/**
 * The weekly quota of a flexible item. Stored data is clamped rather than trusted: a quota
 * of 0 would make the item invisible and one above 7 impossible to meet.
 */
export function timesPerWeekOf(schedule: ItemSchedule): number {
  const n = Math.round(schedule.timesPerWeek ?? 1);
  return Number.isFinite(n) ? Math.min(7, Math.max(1, n)) : 1;
}

function weekdaysOf(schedule: ItemSchedule): Weekday[] {
  const set = new Set(schedule.weekdays ?? []);
  return WEEKDAYS.filter((d) => set.has(d));
}

/** Short human text for a schedule, e.g. "Before every run", "3× a week", "Mon, Wed, Fri". */
export function describeSchedule(schedule: ItemSchedule, weekStartsOn: WeekStartsOn = 1): string {
  switch (schedule.kind) {
    case "before-run":
      return "Before every run";
    case "after-run":
      return "After every run";
    case "daily":
      return "Daily";
    case "times-per-week":
      return `${timesPerWeekOf(schedule)}× a week`;
    case "weekdays": {
      const days = weekdaysOf(schedule);
      if (days.length === 0) return "No days chosen";
      if (days.length === 7) return "Daily";
      // List Sunday first for organisations whose week starts on Sunday, as their calendars do.
      const ordered = weekStartsOn === 7 && days.includes(7) ? [7 as Weekday, ...days.filter((d) => d !== 7)] : days;
      return ordered.map((d) => WEEKDAY_SHORT[d]).join(", ");
    }
  }
}

export function isActiveOn(item: ActivePeriod, day: Day): boolean {
  return item.activeFrom <= day && (item.activeTo == null || day <= item.activeTo);
}

/**
 * Whether a fixed-day schedule falls on `day`, ignoring the item's active period.
 * Flexible items are never tied to a day, so they answer false.
 */
export function isScheduledOn(schedule: ItemSchedule, day: Day, runDays: readonly Weekday[]): boolean {
  switch (schedule.kind) {
    case "before-run":
    case "after-run":
      return runDays.includes(isoWeekday(day));
    case "weekdays":
      return weekdaysOf(schedule).includes(isoWeekday(day));
    case "daily":
      return true;
    case "times-per-week":
      return false;
  }
}

/**
 * A flexible item's quota for the week starting `start`: N, but never more than the days it
 * is active (and not excluded) that week, so a program starting on a Saturday asks for at most 2.
 */
export function weeklyTarget(
  item: ActivePeriod & { schedule: ItemSchedule },
  start: Day,
  excluded?: ReadonlySet<Day>,
): number {
  const available = eachDay(start, addDays(start, 6)).filter((d) => isActiveOn(item, d) && !excluded?.has(d));
  return Math.min(timesPerWeekOf(item.schedule), available.length);
}

export type DueTodayInput<Id> = {
  items: ReadonlyArray<ActivePeriod & { id: Id; schedule: ItemSchedule }>;
  day: Day;
  runDays: readonly Weekday[];
  weekStartsOn: WeekStartsOn;
  /** Completions per item in the week containing `day`, today's included. */
  doneThisWeek: ReadonlyMap<Id, number>;
  doneToday: ReadonlySet<Id>;
};

export type DueToday<Id> = {
  id: Id;
  /** Belongs on today's list (a flexible item done today stays listed, shown as done). */
  due: boolean;
  doneToday: boolean;
  /** Flexible items only: progress against this week's quota. */
  week: { done: number; target: number } | null;
};

/** For each item, in input order, whether it belongs on the athlete's list for `day`. */
export function dueToday<Id>(input: DueTodayInput<Id>): DueToday<Id>[] {
  const start = weekStart(input.day, input.weekStartsOn);
  return input.items.map((item) => {
    const doneToday = input.doneToday.has(item.id);
    if (!isActiveOn(item, input.day)) return { id: item.id, due: false, doneToday, week: null };
    if (!isFlexible(item.schedule)) {
      return { id: item.id, due: isScheduledOn(item.schedule, input.day, input.runDays), doneToday, week: null };
    }
    const target = weeklyTarget(item, start);
    const done = Math.max(0, input.doneThisWeek.get(item.id) ?? 0);
    return { id: item.id, due: done < target || doneToday, doneToday, week: { done: Math.min(done, target), target } };
  });
}
