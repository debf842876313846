import type { DbOrTx } from "../../db/client";
import { type AuditEntry, auditRow } from "../../db/queries/audit";
import { auditLog } from "../../db/schema";
import { logger } from "../logger";

export type { AuditEntry };

/** Appends to the audit log (the table refuses updates and deletes). Never carries health details. */
export async function audit(db: DbOrTx, entry: AuditEntry) {
  await db.insert(auditLog).values(auditRow(entry));
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

/**
 * Every successful write, whatever the procedure, so none can be missed; procedures add
 * detailed entries of their own where a record id matters. The athlete concerned is the writer
 * when an athlete writes, else the athleteId of the input when there is one.
 */
export async function auditWrite(db: DbOrTx, w: { viewer: { id: string; orgId: string; role: string }; ip: string | null; path: string; requestId: string; rawInput: unknown }) {
  const inputAthlete = (w.rawInput as { athleteId?: unknown } | null)?.athleteId;
  const athleteId = w.viewer.role === "athlete" ? w.viewer.id : typeof inputAthlete === "string" && UUID.test(inputAthlete) ? inputAthlete : null;
  try {
    await audit(db, { orgId: w.viewer.orgId, actorId: w.viewer.id, action: `write:${w.path}`, entityType: "procedure", entityId: w.path, athleteId, ip: w.ip });
  } catch (err) {
    logger.warn({ err, requestId: w.requestId }, "could not record a write");
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
