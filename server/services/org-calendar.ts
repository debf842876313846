import type { DbOrTx } from "../../db/client";
import { organisationById } from "../../db/queries/people";
import { localDay, weekStart, type WeekStartsOn } from "../domain/calendar";

/** The organisation's calendar: where "today" and "this week" are read for team-wide figures. */
export async function orgCalendar(db: DbOrTx, orgId: string, now = new Date()) {
  const org = await organisationById(db, { orgId });
  const timeZone = org?.timeZone ?? "UTC";
  const weekStartsOn: WeekStartsOn = org?.weekStartsOn === 7 ? 7 : 1;
  const today = localDay(now, timeZone);
  return { timeZone, weekStartsOn, today, thisWeek: weekStart(today, weekStartsOn), now };
}
