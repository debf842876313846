/**
 * Keeps an athlete's weeks still open to check-offs current as check-offs arrive. A check-off
 * makes the athlete's stored open weeks and recent-weeks row untrusted (the live version trigger);
 * recounting that one athlete here costs a few milliseconds, where leaving it to the next
 * organisation-wide read made that read recount every athlete who checked off since (a third
 * of a second at 10,000 athletes with a tenth of them active), and then every team's sums.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { recentAdherenceCtes } from "../../db/queries/adherence-recent";
import { carryRecentChange } from "../../db/queries/recent-rollups";
import { users } from "../../db/schema";
import type { CalendarSettings } from "../domain/calendar";
import { logger } from "../logger";
import { calendarAt, recentWindow } from "./org-calendar";

/**
 * Recounts the athlete's untrusted weeks of the recent window (settled weeks stay trusted, so
 * only open ones are counted), stores them with their recent-weeks row, and carries the difference
 * into the sums of the athlete's teams and organisation. The store is a cache that readers check
 * against the versions, so a failure here costs the next reader time, never a wrong figure: it is
 * logged, not passed on to the check-off that has already been saved.
 */
export async function refreshOpenWeeks(db: Db, params: { athleteId: string; calendar: CalendarSettings; now?: Date }) {
  const window = recentWindow(calendarAt(params.calendar, params.now));
  try {
    await db.execute(sql`with ${recentAdherenceCtes(eq(users.id, params.athleteId), window)},
      ${carryRecentChange({
        weekStartsOn: window.weekStartsOn,
        fromWeek: window.from,
        fresh: sql`select athlete_id, version, live_version, today, due, done from rec_new`,
        old: sql`select version, live_version, as_of, due, done from adherence_recent
                  where athlete_id = ${params.athleteId} and week_starts_on = ${window.weekStartsOn} and from_week = ${window.from}::date`,
      })}
      select count(*) from rec_new`);
  } catch (err) {
    logger.warn({ err, athleteId: params.athleteId }, "open adherence weeks not refreshed after a check-off; the next read counts them");
  }
}
