/**
 * Athlete-local calendar days as "YYYY-MM-DD" strings.
 *
 * A day is a date on the athlete's wall calendar, not an instant: "did the exercises on
 * Tuesday" must stay Tuesday whatever zone the server or the coach is in. Only `localDay`
 * touches a time zone; everything else is pure date arithmetic, done in UTC so that DST
 * changes (23- or 25-hour days) can never shift a day.
 */
import { TZDate, tz } from "@date-fns/tz";
import {
  addDays as addDaysFns,
  differenceInCalendarDays,
  eachDayOfInterval,
  format,
  getISODay,
  parseISO,
  startOfWeek,
} from "date-fns";
import type { Weekday } from "./vocab";

/** A local calendar day, "YYYY-MM-DD". */
export type Day = string;

/** Monday (ISO 1) or Sunday (ISO 7), as organisations choose. */
export type WeekStartsOn = 1 | 7;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const utc = tz("UTC");

/** True for a well-formed, real calendar date ("2024-02-30" is not one). */
export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = parseISO(value, { in: utc });
  return !Number.isNaN(date.getTime()) && format(date, "yyyy-MM-dd") === value;
}

// Throwing beats silently producing "Invalid Date" days that poison every count downstream.
function toDate(day: Day): TZDate {
  if (!isDay(day)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return parseISO(day, { in: utc });
}

function toDay(date: Date): Day {
  return format(date, "yyyy-MM-dd");
}

/** The athlete's calendar day at `instant` in IANA `timeZone`. */
export function localDay(instant: Date, timeZone: string): Day {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid instant");
  return toDay(new TZDate(instant, timeZone));
}

export function addDays(day: Day, n: number): Day {
  return toDay(addDaysFns(toDate(day), n));
}

/** Whole days from `a` to `b`: positive when `b` is later, 0 for the same day. */
export function daysBetween(a: Day, b: Day): number {
  return differenceInCalendarDays(toDate(b), toDate(a));
}

/** 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: Day): Weekday {
  return getISODay(toDate(day)) as Weekday;
}

/** The first day of the week containing `day`. */
export function weekStart(day: Day, weekStartsOn: WeekStartsOn): Day {
  return toDay(startOfWeek(toDate(day), { weekStartsOn: weekStartsOn === 7 ? 0 : 1 }));
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: Day, to: Day): Day[] {
  const start = toDate(from);
  const end = toDate(to);
  // date-fns returns a reversed list for a backwards interval; callers expect nothing.
  if (end.getTime() < start.getTime()) return [];
  return eachDayOfInterval({ start, end }).map(toDay);
}

/** True when the runtime knows `tz` as a time zone (IANA names and their aliases). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
