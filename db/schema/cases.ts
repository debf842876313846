import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { caseEventKindEnum, caseOutcomeEnum, caseStatusEnum, caseTierEnum, returnToRunEnum } from "./enums";
import { organisations } from "./orgs";
import { users } from "./users";

export type CaseReason = { ruleId: string; tier: string; reason: string; basis: string; at: string };

export const cases = pgTable(
  "cases",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tier: caseTierEnum().notNull(),
    status: caseStatusEnum().notNull().default("open"),
    reasons: jsonb().$type<CaseReason[]>().notNull().default(sql`'[]'::jsonb`),
    assigneeId: uuid().references(() => users.id, { onDelete: "set null" }),
    openedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ackDueAt: timestamp({ withTimezone: true }).notNull(),
    acknowledgedAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
    outcome: caseOutcomeEnum(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open case per athlete: new triggers attach to it.
    uniqueIndex("cases_athlete_id_open_key").on(t.athleteId).where(sql`${t.status} <> 'resolved'`),
    index("cases_org_id_status_tier_idx").on(t.orgId, t.status, t.tier, t.openedAt),
    index("cases_athlete_id_opened_at_idx").on(t.athleteId, t.openedAt),
    index("cases_assignee_id_idx").on(t.assigneeId),
    check(
      "cases_resolution_check",
      sql`(${t.status} = 'resolved') = (${t.resolvedAt} is not null and ${t.outcome} is not null)`,
    ),
  ],
);

export const caseEvents = pgTable(
  "case_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    kind: caseEventKindEnum().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    data: jsonb().$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Insertion order: events written in one transaction share `at` and must keep their order. */
    seq: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [index("case_events_case_id_at_idx").on(t.caseId, t.at, t.seq), index("case_events_actor_id_idx").on(t.actorId)],
);

/** Clinical notes are for clinic staff; forAthlete marks a message the athlete may read. Coaches never see them. */
export const clinicalNotes = pgTable(
  "clinical_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    forAthlete: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("clinical_notes_case_id_idx").on(t.caseId),
    index("clinical_notes_athlete_id_created_at_idx").on(t.athleteId, t.createdAt),
    index("clinical_notes_author_id_idx").on(t.authorId),
    check("clinical_notes_body_check", sql`length(${t.body}) between 1 and 4000`),
  ],
);

/** History of return-to-run decisions; the latest row per athlete is the current status. */
export const returnToRun = pgTable(
  "return_to_run",
  {
    id: uuid().primaryKey().defaultRandom(),
    athleteId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    caseId: uuid().references(() => cases.id, { onDelete: "set null" }),
    status: returnToRunEnum().notNull(),
    reviewDay: date({ mode: "string" }),
    setBy: uuid().references(() => users.id, { onDelete: "set null" }),
    setAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("return_to_run_athlete_id_set_at_idx").on(t.athleteId, t.setAt),
    index("return_to_run_case_id_idx").on(t.caseId),
    index("return_to_run_set_by_idx").on(t.setBy),
  ],
);
