import { sql } from "drizzle-orm";
import { boolean, check, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** Escalation thresholds and acknowledge deadlines are stored per organisation; null means the product defaults. */
export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    timeZone: text().notNull().default("UTC"),
    weekStartsOn: smallint().notNull().default(1),
    thresholds: jsonb().$type<Record<string, number>>(),
    ackDeadlines: jsonb().$type<Record<string, number>>(),
    requireStaffTotp: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organisations_slug_key").on(t.slug),
    check("organisations_week_starts_on_check", sql`${t.weekStartsOn} in (1, 7)`),
    check("organisations_name_check", sql`length(${t.name}) between 1 and 120`),
  ],
);
