/**
 * SQL fragments shared by the dashboard queries. Raw queries return dates and timestamps as text
 * (postgres.js under drizzle hands back strings, PGlite Date objects): one shape for both.
 */
import { type SQL, sql } from "drizzle-orm";
import type { WeekStartsOn } from "../../server/domain/calendar";

/** The first day of the organisation week containing the date expression. */
export function weekStartSql(day: SQL, weekStartsOn: WeekStartsOn): SQL {
  const ws = sql.raw(String(weekStartsOn === 7 ? 7 : 1));
  return sql`((${day})::date - ((extract(isodow from (${day})::date)::int - ${ws} + 7) % 7))`;
}

/** The local calendar day of a timestamp in a time zone. */
export function localDaySql(ts: SQL, timeZone: string): SQL {
  return sql`((${ts}) at time zone ${timeZone})::date`;
}

/** A timestamp as ISO 8601 text in UTC ("2026-03-11T09:00:00.000Z"), parseable by Date everywhere. */
export function isoSql(ts: SQL): SQL {
  return sql`to_char((${ts}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
