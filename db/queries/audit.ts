import { and, asc, desc, eq, gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import { auditLog, organisations, users } from "../schema";
import { containsPattern } from "./sql-helpers";

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

/** The row an entry is stored as (services/audit.ts appends it; a query may append it within a larger statement). */
export function auditRow(entry: AuditEntry): typeof auditLog.$inferInsert {
  return {
    orgId: entry.orgId,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    athleteId: entry.athleteId ?? null,
    ip: entry.ip ?? null,
    detail: entry.detail ?? null,
  };
}

export type AuditFilter = {
  orgId: string;
  actorId?: string | null;
  athleteId?: string | null;
  person?: string | null;
  athlete?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
  cursor?: number | null;
  limit: number;
};

/** One page of the organisation's trail, newest first; days are the organisation's calendar days. */
export async function auditEntries(db: DbOrTx, f: AuditFilter) {
  const actor = alias(users, "actor");
  const athlete = alias(users, "athlete");
  const tz = sql`(select ${organisations.timeZone} from ${organisations} where ${organisations.id} = ${f.orgId})`;
  const where: SQL[] = [eq(auditLog.orgId, f.orgId)];
  if (f.actorId) where.push(eq(auditLog.actorId, f.actorId));
  if (f.athleteId) where.push(eq(auditLog.athleteId, f.athleteId));
  // A name or email matches a handful of people: their ids first, then their entries by index.
  const matching = (text: string) =>
    sql`(select ${users.id} from ${users} where ${users.orgId} = ${f.orgId}
          and (${users.name} ilike ${containsPattern(text)} or ${users.email} ilike ${containsPattern(text)}))`;
  if (f.person) where.push(inArray(auditLog.actorId, matching(f.person)));
  if (f.athlete) where.push(inArray(auditLog.athleteId, matching(f.athlete)));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.from) where.push(gte(auditLog.at, sql`(${f.from}::date)::timestamp at time zone ${tz}`));
  if (f.to) where.push(lt(auditLog.at, sql`(${f.to}::date + 1)::timestamp at time zone ${tz}`));
  if (f.cursor) where.push(lt(auditLog.id, f.cursor));
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: actor.name,
      athleteId: auditLog.athleteId,
      athleteName: athlete.name,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      ip: auditLog.ip,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(athlete, eq(athlete.id, auditLog.athleteId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(f.limit + 1);
  return { rows: rows.slice(0, f.limit), more: rows.length > f.limit };
}

/**
 * The actions the organisation's trail holds. People are found by name as the admin types (the
 * list filters): a federation's ten thousand names would be a list no one scrolls and a page
 * that stalls drawing it.
 */
export async function auditFilterOptions(db: DbOrTx, params: { orgId: string }) {
  const actions = await db.selectDistinct({ action: auditLog.action }).from(auditLog).where(eq(auditLog.orgId, params.orgId)).orderBy(asc(auditLog.action));
  return { actions: actions.map((a) => a.action) };
}
