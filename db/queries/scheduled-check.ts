import { and, eq, gt, isNull, lt, ne, sql } from "drizzle-orm";
import type { RaisedTrigger } from "../../server/domain/scheduled-check";
import type { DbOrTx } from "../client";
import { caseEvents, cases, notifications, painReports, users } from "../schema";

/** Active athletes with a report on or after `sinceDay`: the only ones a time rule can fire for. */
export async function athletesToCheck(db: DbOrTx, params: { sinceDay: string }) {
  return db
    .select({ id: users.id, name: users.name, orgId: users.orgId })
    .from(users)
    .where(
      and(
        eq(users.role, "athlete"),
        eq(users.active, true),
        sql`exists (select 1 from ${painReports} r where r.athlete_id = ${users.id} and r.day >= ${params.sinceDay})`,
      ),
    )
    .orderBy(users.id);
}

/**
 * What was raised before about this report: triggers recorded against it on any of the
 * athlete's cases, and the reasons on the open case (which a trigger with the same wording repeats).
 */
export async function raisedTriggers(db: DbOrTx, params: { athleteId: string; reportId: string }): Promise<RaisedTrigger[]> {
  const events = await db
    .select({ data: caseEvents.data })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(eq(cases.athleteId, params.athleteId), eq(caseEvents.kind, "trigger"), sql`${caseEvents.data}->>'reportId' = ${params.reportId}`));
  const [open] = await db
    .select({ reasons: cases.reasons })
    .from(cases)
    .where(and(eq(cases.athleteId, params.athleteId), ne(cases.status, "resolved")))
    .limit(1);
  return [
    ...events.map(({ data }) => ({ ruleId: String(data.ruleId), reason: String(data.reason), reportId: params.reportId })),
    ...(open?.reasons ?? []).map((r) => ({ ruleId: r.ruleId, reason: r.reason, reportId: null })),
  ];
}

/** Whether a clinician resolved one of the athlete's cases after the report was sent. */
export async function resolvedSinceReport(db: DbOrTx, params: { athleteId: string; reportId: string }) {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(painReports, eq(painReports.id, params.reportId))
    .where(and(eq(cases.athleteId, params.athleteId), gt(cases.resolvedAt, painReports.reportedAt)))
    .limit(1);
  return row !== undefined;
}

/**
 * Open cases nobody acknowledged by their deadline, and whose physios were not yet told since
 * that deadline was set (a raised tier sets a new one, which may be missed again).
 */
export async function overdueCasesToNotify(db: DbOrTx, params: { now: Date; kind: string }) {
  const athlete = sql<string>`(select a.name from ${users} a where a.id = ${cases.athleteId})`;
  return db
    .select({ caseId: cases.id, orgId: cases.orgId, tier: cases.tier, openedAt: cases.openedAt, ackDueAt: cases.ackDueAt, athleteName: athlete })
    .from(cases)
    .where(
      and(
        ne(cases.status, "resolved"),
        isNull(cases.acknowledgedAt),
        lt(cases.ackDueAt, params.now),
        sql`not exists (
          select 1 from ${notifications} n join ${users} u on u.id = n.user_id
          where u.org_id = ${cases.orgId} and u.role = 'physio' and n.kind = ${params.kind}
            and n.link = '/triage/cases/' || ${cases.id} and n.created_at >= ${cases.ackDueAt})`,
      ),
    )
    .orderBy(cases.ackDueAt);
}
