/**
 * SQL fragments shared by the dashboard queries. Raw queries return dates and timestamps as text
 * (postgres.js under drizzle hands back strings, PGlite Date objects): one shape for both.
 */
import { type SQL, sql } from "drizzle-orm";
import type { WeekStartsOn } from "../../server/domain/calendar";

/**
 * The first day of the organisation week containing the date expression. date_trunc on a plain
 * timestamp (Monday weeks; Sunday weeks shifted by a day) costs a fraction of extract(isodow),
 * which shows on charts that bucket tens of thousands of rows.
 */
export function weekStartSql(day: SQL, weekStartsOn: WeekStartsOn): SQL {
  return weekStartsOn === 7
    ? sql`(date_trunc('week', ((${day})::date + 1)::timestamp)::date - 1)`
    : sql`date_trunc('week', (${day})::date::timestamp)::date`;
}

/** The local calendar day of a timestamp in a time zone. */
export function localDaySql(ts: SQL, timeZone: string): SQL {
  return sql`((${ts}) at time zone ${timeZone})::date`;
}

/** A timestamp as ISO 8601 text in UTC ("2026-03-11T09:00:00.000Z"), parseable by Date everywhere. */
export function isoSql(ts: SQL): SQL {
  return sql`to_char((${ts}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** An ILIKE pattern for "contains `text`", with the pattern's own wildcards escaped. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
