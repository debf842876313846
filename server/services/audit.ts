import type { DbOrTx } from "../../db/client";
import { auditLog } from "../../db/schema";
import { logger } from "../logger";

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

/**
 * A refused call is recorded after the procedure has finished (its transaction is over). The
 * record must never turn a refusal into a different error, so a failure here is only logged.
 */
export async function auditRefusal(db: DbOrTx, r: { orgId: string; actorId: string; ip: string | null; path: string; code: string; requestId: string }) {
  try {
    await audit(db, { orgId: r.orgId, actorId: r.actorId, action: "access.refused", entityType: "procedure", entityId: r.path, ip: r.ip, detail: { code: r.code } });
  } catch (err) {
    logger.warn({ err, requestId: r.requestId }, "could not record a refused access");
  }
}
