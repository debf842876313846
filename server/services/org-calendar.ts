import type { DbOrTx } from "../../db/client";
import { organisationById } from "../../db/queries/people";
import { type CalendarSettings, calendarSettings, localDay, weekStart } from "../domain/calendar";

/** The organisation's calendar at `now`: where "today" and "this week" are read for team-wide figures. */
export function calendarAt(settings: CalendarSettings, now = new Date()) {
  const today = localDay(now, settings.timeZone);
  return { ...settings, today, thisWeek: weekStart(today, settings.weekStartsOn), now };
}

/** The same, reading the organisation's settings (a request has them on its viewer already). */
export async function orgCalendar(db: DbOrTx, orgId: string, now = new Date()) {
  return calendarAt(calendarSettings(await organisationById(db, { orgId })), now);
}
