import type { DbOrTx } from "../../db/client";
import { auditLog } from "../../db/schema";

export type AuditEntry = {
  orgId: string | null;
  actorId: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  athleteId?: string | null;
  ip?: string | null;
  detail?: Record<string, unknown>;
};

/** Appends to the audit log (the table refuses updates and deletes). Never carries health details. */
export async function audit(db: DbOrTx, entry: AuditEntry) {
  await db.insert(auditLog).values({
    orgId: entry.orgId,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    athleteId: entry.athleteId ?? null,
    ip: entry.ip ?? null,
    detail: entry.detail ?? null,
  });
}
