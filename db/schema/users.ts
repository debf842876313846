import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { roleEnum } from "./enums";
import { organisations } from "./orgs";

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    passwordHash: text(),
    active: boolean().notNull().default(true),
    /** Bumped on deactivation, role or password change: tokens carrying an older version stop working. */
    sessionVersion: integer().notNull().default(1),
    timeZone: text(),
    /** TOTP second factor for staff: the shared secret, set once the person confirms a code. */
    totpSecret: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    /** The last 30-second step whose code was accepted: a code is never accepted twice. */
    totpLastStep: integer(),
    lastSeenAt: timestamp({ withTimezone: true }),
    /** Bumped by triggers whenever anything behind this athlete's settled adherence changes (adherence_weeks). */
    adherenceVersion: integer().notNull().default(0),
    /** Bumped by triggers on every check-off change: the weeks still open to check-offs are counted again. */
    adherenceLiveVersion: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    index("users_org_id_role_idx").on(t.orgId, t.role),
    check("users_name_check", sql`length(${t.name}) between 1 and 120`),
    check("users_email_check", sql`length(${t.email}) between 3 and 254`),
  ],
);

export const teams = pgTable(
  "teams",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("teams_org_id_name_key").on(t.orgId, t.name),
    check("teams_name_check", sql`length(${t.name}) between 1 and 80`),
  ],
);

/** Coaches may coach several teams; athletes belong to teams. The member's role is the user's role. */
export const teamMembers = pgTable(
  "team_members",
  {
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "team_members_pkey", columns: [t.teamId, t.userId] }),
    index("team_members_user_id_idx").on(t.userId),
  ],
);

export const athleteProfiles = pgTable(
  "athlete_profiles",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    birthDate: date({ mode: "string" }),
    historyOfBackProblems: boolean().notNull().default(false),
    /** ISO weekdays, 1 = Monday. Per-run program items are due on these days. */
    runDays: smallint().array().notNull().default(sql`'{}'::smallint[]`),
    weeklyKm: integer(),
    coachSeesPainDetails: boolean().notNull().default(true),
  },
  (t) => [
    check("athlete_profiles_weekly_km_check", sql`${t.weeklyKm} is null or ${t.weeklyKm} between 0 and 400`),
    check("athlete_profiles_run_days_check", sql`${t.runDays} <@ array[1,2,3,4,5,6,7]::smallint[]`),
  ],
);
