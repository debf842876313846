import { sql } from "drizzle-orm";
import {
  boolean,
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
import { assignmentStatusEnum, scheduleKindEnum } from "./enums";
import { doseChecks, doseColumns, exercises } from "./exercises";
import { organisations } from "./orgs";
import { users } from "./users";

export const programs = pgTable(
  "programs",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    goal: text().notNull().default(""),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("programs_org_id_idx").on(t.orgId),
    index("programs_created_by_idx").on(t.createdBy),
    check("programs_name_check", sql`length(${t.name}) between 1 and 100`),
  ],
);

/** Saving a program creates a new version: athletes keep the version they were given. */
export const programVersions = pgTable(
  "program_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    formCues: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    lifestyleNotes: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("program_versions_program_id_version_key").on(t.programId, t.version),
    index("program_versions_created_by_idx").on(t.createdBy),
  ],
);

export const programItems = pgTable(
  "program_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    versionId: uuid()
      .notNull()
      .references(() => programVersions.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    exerciseId: uuid()
      .notNull()
      .references(() => exercises.id, { onDelete: "restrict" }),
    ...doseColumns(),
    scheduleKind: scheduleKindEnum().notNull(),
    timesPerWeek: smallint(),
    weekdays: smallint().array(),
  },
  (t) => [
    uniqueIndex("program_items_version_id_position_key").on(t.versionId, t.position),
    index("program_items_exercise_id_idx").on(t.exerciseId),
    check(
      "program_items_times_per_week_check",
      sql`(${t.scheduleKind} = 'times-per-week') = (${t.timesPerWeek} is not null) and (${t.timesPerWeek} is null or ${t.timesPerWeek} between 1 and 7)`,
    ),
    check(
      "program_items_weekdays_check",
      sql`(${t.scheduleKind} = 'weekdays') = (${t.weekdays} is not null) and (${t.weekdays} is null or (cardinality(${t.weekdays}) between 1 and 7 and ${t.weekdays} <@ array[1,2,3,4,5,6,7]::smallint[]))`,
    ),
    ...doseChecks("program_items", t),
  ],
);

export const assignments = pgTable(
  "assignments",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    versionId: uuid()
      .notNull()
      .references(() => programVersions.id, { onDelete: "restrict" }),
    startDay: date({ mode: "string" }).notNull(),
    endDay: date({ mode: "string" }),
    status: assignmentStatusEnum().notNull().default("active"),
    assignedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assignments_athlete_id_status_idx").on(t.athleteId, t.status),
    index("assignments_org_id_idx").on(t.orgId),
    index("assignments_program_id_idx").on(t.programId),
    index("assignments_version_id_idx").on(t.versionId),
    index("assignments_assigned_by_idx").on(t.assignedBy),
    check("assignments_dates_check", sql`${t.endDay} is null or ${t.endDay} >= ${t.startDay}`),
  ],
);

/** Pauses kept as ranges so adherence never counts a paused day as due. */
export const assignmentPauses = pgTable(
  "assignment_pauses",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    fromDay: date({ mode: "string" }).notNull(),
    toDay: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assignment_pauses_assignment_id_idx").on(t.assignmentId),
    check("assignment_pauses_dates_check", sql`${t.toDay} is null or ${t.toDay} >= ${t.fromDay}`),
  ],
);

/** A row means "done"; unchecking deletes it. One row per item and day, whatever the concurrency. */
export const completions = pgTable(
  "completions",
  {
    id: uuid().primaryKey().defaultRandom(),
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    itemId: uuid()
      .notNull()
      .references(() => programItems.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    difficulty: smallint(),
    pain: smallint(),
    note: text(),
    /** Filled in on a later day than the one it belongs to. */
    late: boolean().notNull().default(false),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("completions_assignment_id_item_id_day_key").on(t.assignmentId, t.itemId, t.day),
    index("completions_athlete_id_day_idx").on(t.athleteId, t.day),
    index("completions_item_id_idx").on(t.itemId),
    check("completions_difficulty_check", sql`${t.difficulty} is null or ${t.difficulty} between 0 and 10`),
    check("completions_pain_check", sql`${t.pain} is null or ${t.pain} between 0 and 10`),
    check("completions_note_check", sql`${t.note} is null or length(${t.note}) <= 500`),
  ],
);
