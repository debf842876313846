import type { DbOrTx } from "../../db/client";
import { organisationById } from "../../db/queries/people";
import { addDays, type CalendarSettings, calendarSettings, localDay, weekStart } from "../domain/calendar";

/** The organisation's calendar at `now`: where "today" and "this week" are read for team-wide figures. */
export function calendarAt(settings: CalendarSettings, now = new Date()) {
  const today = localDay(now, settings.timeZone);
  return { ...settings, today, thisWeek: weekStart(today, settings.weekStartsOn), now };
}

/** The same, reading the organisation's settings (a request has them on its viewer already). */
export async function orgCalendar(db: DbOrTx, orgId: string, now = new Date()) {
  return calendarAt(calendarSettings(await organisationById(db, { orgId })), now);
}

/**
 * The four recent weeks, this one last: the roster's adherence, the charts' mean and every chart
 * week not yet final. Each athlete's row of them (adherence_recent) is kept for this window.
 */
export function recentWindow(cal: ReturnType<typeof calendarAt>) {
  return { from: addDays(cal.thisWeek, -21), to: addDays(cal.thisWeek, 6), weekStartsOn: cal.weekStartsOn, now: cal.now };
}
