import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, smallint, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Adherence per athlete and week, kept so that dashboards need not recount a year of check-offs
 * on every load. Rows are written by the adherence query itself (db/queries/adherence-sql.ts)
 * and trusted only while nothing behind them changed:
 * - a settled week (ended longer ago than the late-fill window; asOf null) while its version
 *   equals users.adherence_version, which triggers bump whenever an assignment, pause, run day,
 *   time zone or old check-off of the athlete changes;
 * - a week still open to check-offs also only on the day it was counted (asOf, the athlete's
 *   today) and while liveVersion equals users.adherence_live_version, bumped by every check-off.
 */
export const adherenceWeeks = pgTable(
  "adherence_weeks",
  {
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** 1 (Monday) or 7 (Sunday): the organisation's week, which decides where weeks start. */
    weekStartsOn: smallint().notNull(),
    week: date({ mode: "string" }).notNull(),
    version: integer().notNull(),
    liveVersion: integer(),
    asOf: date({ mode: "string" }),
    due: integer().notNull(),
    done: integer().notNull(),
  },
  (t) => [
    primaryKey({ name: "adherence_weeks_pkey", columns: [t.athleteId, t.weekStartsOn, t.week] }),
    check("adherence_weeks_counts_check", sql`${t.done} between 0 and ${t.due}`),
    check("adherence_weeks_week_starts_on_check", sql`${t.weekStartsOn} in (1, 7)`),
    check("adherence_weeks_open_week_check", sql`(${t.asOf} is null) = (${t.liveVersion} is null)`),
    // Organisation-wide reads take a few weeks of every athlete: without it they scanned every week
    // ever stored (a year of weeks at 10,000 athletes: 300 ms of server time for the team charts).
    index("adherence_weeks_week_idx").on(t.weekStartsOn, t.week),
  ],
);

/**
 * Each athlete's four recent weeks (the roster's and the charts' window) in one row, for the
 * organisation-wide views that need every athlete's own figures: one row per athlete to read
 * instead of four. Trusted like an open week of adherence_weeks: for the window it was counted
 * for, on the day it was counted, while both versions are unchanged.
 */
export const adherenceRecent = pgTable(
  "adherence_recent",
  {
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    weekStartsOn: smallint().notNull(),
    /** The first of the four weeks. */
    fromWeek: date({ mode: "string" }).notNull(),
    version: integer().notNull(),
    liveVersion: integer().notNull(),
    asOf: date({ mode: "string" }).notNull(),
    /** Due and done of each of the four weeks, oldest first. */
    due: integer().array().notNull(),
    done: integer().array().notNull(),
  },
  (t) => [
    primaryKey({ name: "adherence_recent_pkey", columns: [t.athleteId, t.weekStartsOn] }),
    check("adherence_recent_weeks_check", sql`cardinality(${t.due}) = 4 and cardinality(${t.done}) = 4`),
  ],
);
