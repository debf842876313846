import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Append-only: a trigger (see the custom migration) refuses UPDATE and DELETE.
 * No foreign keys, so erasing a person leaves the trail (with a pseudonym) intact.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    orgId: uuid(),
    actorId: uuid(),
    action: text().notNull(),
    entityType: text(),
    entityId: text(),
    athleteId: uuid(),
    ip: text(),
    detail: jsonb().$type<Record<string, unknown>>(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_org_id_at_idx").on(t.orgId, t.at),
    index("audit_log_actor_id_at_idx").on(t.actorId, t.at),
    index("audit_log_athlete_id_at_idx").on(t.athleteId, t.at),
  ],
);
