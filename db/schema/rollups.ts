import { sql } from "drizzle-orm";
import { check, date, index, integer, numeric, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./orgs";
import { teams, users } from "./users";

/**
 * Weekly totals of settled weeks (see adherence_weeks), so that a chart over hundreds of teams or
 * thousands of athletes reads one row per team or organisation and week instead of one per
 * athlete. A settled week's figures can only change through what the fingerprint covers, so a
 * row is trusted while its fingerprint equals the one computed now (db/queries/rollups.ts).
 */

/** Due and done of a team's athletes: fingerprint of the members and their adherence versions. */
export const teamWeekAdherence = pgTable(
  "team_week_adherence",
  {
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    weekStartsOn: smallint().notNull(),
    week: date({ mode: "string" }).notNull(),
    fingerprint: text().notNull(),
    due: integer().notNull(),
    done: integer().notNull(),
  },
  (t) => [
    primaryKey({ name: "team_week_adherence_pkey", columns: [t.teamId, t.weekStartsOn, t.week] }),
    check("team_week_adherence_counts_check", sql`${t.done} between 0 and ${t.due}`),
  ],
);

/**
 * Athletes of the organisation by the band of their worst pain report of the week: fingerprint
 * of the organisation's athletes (reports of a settled week are past their correction window,
 * and leave only with their athlete).
 */
export const orgWeekPain = pgTable(
  "org_week_pain",
  {
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    weekStartsOn: smallint().notNull(),
    week: date({ mode: "string" }).notNull(),
    fingerprint: text().notNull(),
    none: integer().notNull(),
    mild: integer().notNull(),
    moderate: integer().notNull(),
    severe: integer().notNull(),
  },
  (t) => [primaryKey({ name: "org_week_pain_pkey", columns: [t.orgId, t.weekStartsOn, t.week] })],
);

/**
 * Each athlete's worst pain report of each week, for both week starts, kept by triggers on
 * pain_reports (migration 0012) as reports arrive, are corrected or leave. Charts and key figures
 * over thousands of athletes count these rows instead of grouping every report of the week.
 */
export const athleteWeekPain = pgTable(
  "athlete_week_pain",
  {
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Not a foreign key: the row leaves with its athlete, and a second check per row would slow
    // loading a year of history.
    orgId: uuid().notNull(),
    weekStartsOn: smallint().notNull(),
    week: date({ mode: "string" }).notNull(),
    worst: smallint().notNull(),
  },
  (t) => [
    primaryKey({ name: "athlete_week_pain_pkey", columns: [t.athleteId, t.weekStartsOn, t.week] }),
    // athlete_id and worst in the key: an organisation's weeks are counted from the index alone.
    index("athlete_week_pain_org_week_idx").on(t.orgId, t.weekStartsOn, t.week, t.athleteId, t.worst),
  ],
);

/**
 * The four recent weeks (adherence_recent's window) summed per team and per organisation, for the
 * organisation-wide charts: a few hundred rows to read instead of every athlete's. A row is trusted
 * while its athletes and state hash equal the ones computed now from the athletes' adherence
 * versions and today (db/queries/recent-rollups.ts). The hash is a sum, so a check-off updates
 * these rows by the difference its athlete makes (server/services/adherence-refresh.ts) and they
 * stay trusted through a day of check-offs; a row that missed a change simply stops matching.
 */
export const teamRecentAdherence = pgTable(
  "team_recent_adherence",
  {
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    weekStartsOn: smallint().notNull(),
    fromWeek: date({ mode: "string" }).notNull(),
    athletes: integer().notNull(),
    stateHash: numeric().notNull(),
    /** Due and done of each of the four weeks, oldest first. */
    due: integer().array().notNull(),
    done: integer().array().notNull(),
  },
  (t) => [
    primaryKey({ name: "team_recent_adherence_pkey", columns: [t.teamId, t.weekStartsOn] }),
    check("team_recent_adherence_weeks_check", sql`cardinality(${t.due}) = 4 and cardinality(${t.done}) = 4`),
  ],
);

/** The organisation's athletes: the sum of each one's four-week ratio (exact, so differences add up) and how many had something due. */
export const orgRecentAdherence = pgTable(
  "org_recent_adherence",
  {
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    weekStartsOn: smallint().notNull(),
    fromWeek: date({ mode: "string" }).notNull(),
    athletes: integer().notNull(),
    stateHash: numeric().notNull(),
    ratioSum: numeric().notNull(),
    withDue: integer().notNull(),
  },
  (t) => [primaryKey({ name: "org_recent_adherence_pkey", columns: [t.orgId, t.weekStartsOn] })],
);
