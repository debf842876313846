import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { PainArea, PainQuality, PainTiming, RedFlagAnswers } from "../../server/domain/vocab";
import { organisations } from "./orgs";
import { users } from "./users";

export const painReports = pgTable(
  "pain_reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The athlete's local calendar day of the report. */
    day: date({ mode: "string" }).notNull(),
    reportedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    painNow: smallint().notNull(),
    painWorstRun: smallint(),
    areas: text().array().$type<PainArea[]>().notNull(),
    timings: text().array().$type<PainTiming[]>().notNull().default(sql`'{}'::text[]`),
    qualities: text().array().$type<PainQuality[]>().notNull().default(sql`'{}'::text[]`),
    redFlags: jsonb().$type<RedFlagAnswers>().notNull().default(sql`'{}'::jsonb`),
    /** The questionnaire version is stored with every response so versions never mix. */
    ostrcVersion: text(),
    ostrcQ1: smallint("ostrc_q1"),
    ostrcQ2: smallint("ostrc_q2"),
    ostrcQ3: smallint("ostrc_q3"),
    ostrcQ4: smallint("ostrc_q4"),
    note: text(),
    idempotencyKey: text(),
    revision: integer().notNull().default(1),
    correctedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // pain_now in the key lets trend queries run as index-only scans.
    index("pain_reports_athlete_id_day_idx").on(t.athleteId, t.day, t.painNow),
    // athlete_id and pain_now in the key: the weekly pain bands of a whole organisation read the index only.
    index("pain_reports_org_id_day_idx").on(t.orgId, t.day, t.athleteId, t.painNow),
    uniqueIndex("pain_reports_athlete_id_idempotency_key_key").on(t.athleteId, t.idempotencyKey),
    check("pain_reports_pain_now_check", sql`${t.painNow} between 0 and 10`),
    check("pain_reports_pain_worst_run_check", sql`${t.painWorstRun} is null or ${t.painWorstRun} between 0 and 10`),
    check("pain_reports_note_check", sql`${t.note} is null or length(${t.note}) <= 1000`),
    check(
      "pain_reports_ostrc_check",
      sql`(${t.ostrcVersion} is null and ${t.ostrcQ1} is null and ${t.ostrcQ2} is null and ${t.ostrcQ3} is null and ${t.ostrcQ4} is null)
        or (${t.ostrcVersion} is not null and coalesce(${t.ostrcQ1}, 0) between 0 and 3 and coalesce(${t.ostrcQ2}, 0) between 0 and 3
            and coalesce(${t.ostrcQ3}, 0) between 0 and 3 and coalesce(${t.ostrcQ4}, 0) between 0 and 3)`,
    ),
  ],
);

/** Correction history: the report as it was before each correction. */
export const painReportRevisions = pgTable(
  "pain_report_revisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    reportId: uuid()
      .notNull()
      .references(() => painReports.id, { onDelete: "cascade" }),
    revision: integer().notNull(),
    snapshot: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("pain_report_revisions_report_id_revision_key").on(t.reportId, t.revision)],
);

/** Every run of the escalation rules, with the rules version and thresholds it used. */
export const evaluations = pgTable(
  "evaluations",
  {
    id: uuid().primaryKey().defaultRandom(),
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reportId: uuid().references(() => painReports.id, { onDelete: "cascade" }),
    source: text().notNull(),
    rulesVersion: text().notNull(),
    thresholds: jsonb().notNull(),
    triggers: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("evaluations_athlete_id_created_at_idx").on(t.athleteId, t.createdAt),
    index("evaluations_report_id_idx").on(t.reportId),
  ],
);
