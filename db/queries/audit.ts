import { and, asc, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import { auditLog, organisations, users } from "../schema";

export type AuditFilter = {
  orgId: string;
  actorId?: string | null;
  athleteId?: string | null;
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

/** Who can be filtered on (the organisation's people) and which actions its trail holds. */
export async function auditFilterOptions(db: DbOrTx, params: { orgId: string }) {
  const [people, actions] = await Promise.all([
    db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.orgId, params.orgId)).orderBy(asc(users.name)),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).where(eq(auditLog.orgId, params.orgId)).orderBy(asc(auditLog.action)),
  ]);
  return { people, actions: actions.map((a) => a.action) };
}
