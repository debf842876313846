import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { BodyFocus } from "../../server/domain/vocab";
import { doseKindEnum, exerciseCategoryEnum } from "./enums";
import { organisations } from "./orgs";

/** Dose bounds shared by exercises and program items (see server/domain/dose.ts). */
export const doseChecks = (name: string, t: { sets: unknown; reps: unknown; holdSeconds: unknown; minutes: unknown }) => [
  check(`${name}_sets_check`, sql`${t.sets} is null or ${t.sets} between 1 and 20`),
  check(`${name}_reps_check`, sql`${t.reps} is null or ${t.reps} between 1 and 200`),
  check(`${name}_hold_seconds_check`, sql`${t.holdSeconds} is null or ${t.holdSeconds} between 1 and 600`),
  check(`${name}_minutes_check`, sql`${t.minutes} is null or ${t.minutes} between 1 and 120`),
];

export const doseColumns = () => ({
  doseKind: doseKindEnum().notNull(),
  sets: smallint(),
  reps: smallint(),
  holdSeconds: smallint(),
  minutes: smallint(),
  perSide: boolean().notNull().default(false),
});

/** orgId null = the global library, shared read-only by every organisation. */
export const exercises = pgTable(
  "exercises",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().references(() => organisations.id, { onDelete: "cascade" }),
    slug: text(),
    name: text().notNull(),
    category: exerciseCategoryEnum().notNull(),
    bodyFocus: text().array().$type<BodyFocus[]>().notNull().default(sql`'{}'::text[]`),
    steps: jsonb().$type<string[]>().notNull(),
    ...doseColumns(),
    cautions: text(),
    mediaUrl: text(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("exercises_org_id_category_idx").on(t.orgId, t.category),
    // Global exercises are keyed by slug so a re-seed updates the shared library in place.
    uniqueIndex("exercises_global_slug_key").on(t.slug).where(sql`${t.orgId} is null`),
    check("exercises_name_check", sql`length(${t.name}) between 1 and 80`),
    ...doseChecks("exercises", t),
  ],
);
