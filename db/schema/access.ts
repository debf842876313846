import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { roleEnum } from "./enums";
import { organisations } from "./orgs";
import { users } from "./users";

/**
 * Single-use links: invitations to join, and password resets by an admin. Only a hash of the
 * token is stored, so a database leak does not hand out working links.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    kind: text().notNull().default("invite"),
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    teamIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    /** For a password reset: the account it resets. */
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    index("invitations_org_id_created_at_idx").on(t.orgId, t.createdAt),
    index("invitations_user_id_idx").on(t.userId),
    index("invitations_created_by_idx").on(t.createdBy),
    check("invitations_kind_check", sql`${t.kind} in ('invite', 'reset')`),
  ],
);

/** Sign-in attempts by account and by address, counted before any account is looked up. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempts_key_at_idx").on(t.key, t.at)],
);
