import { and, eq, ne, sql } from "drizzle-orm";
import { type AckDeadlines, ackDueAt, maxTier, TIER_RANK } from "../../server/domain/escalation";
import type { CaseTier } from "../../server/domain/vocab";
import type { DbOrTx, Tx } from "../client";
import { type CaseReason, caseEvents, cases, teamMembers, teams, users } from "../schema";

const tierRank = sql<number>`case ${cases.tier} when 'emergency' then 0 when 'same-day' then 1 when 'routine' then 2 else 3 end`;

export type QueueFilter = { tier?: CaseTier | null; teamId?: string | null; assigneeId?: string | null };

/** Open cases of an organisation, most urgent tier first, then longest waiting. */
export async function caseQueue(db: DbOrTx, params: { orgId: string } & QueueFilter) {
  const assignee = sql<string | null>`(select a.name from ${users} a where a.id = ${cases.assigneeId})`;
  const teamNames = sql<string[]>`coalesce((
    select array_agg(t.name order by t.name) from ${teamMembers} m join ${teams} t on t.id = m.team_id
     where m.user_id = ${cases.athleteId} and t.archived_at is null), '{}')`;
  return db
    .select({
      id: cases.id,
      athleteId: cases.athleteId,
      athleteName: users.name,
      teams: teamNames,
      tier: cases.tier,
      status: cases.status,
      reasons: cases.reasons,
      openedAt: cases.openedAt,
      ackDueAt: cases.ackDueAt,
      acknowledgedAt: cases.acknowledgedAt,
      assigneeId: cases.assigneeId,
      assigneeName: assignee,
    })
    .from(cases)
    .innerJoin(users, eq(users.id, cases.athleteId))
    .where(
      and(
        eq(cases.orgId, params.orgId),
        ne(cases.status, "resolved"),
        params.tier ? eq(cases.tier, params.tier) : undefined,
        params.assigneeId ? eq(cases.assigneeId, params.assigneeId) : undefined,
        params.teamId
          ? sql`exists (select 1 from ${teamMembers} m join ${teams} t on t.id = m.team_id
                 where m.user_id = ${cases.athleteId} and m.team_id = ${params.teamId} and t.org_id = ${params.orgId})`
          : undefined,
      ),
    )
    .orderBy(tierRank, cases.openedAt);
}

export type CaseTrigger = { ruleId: string; tier: CaseTier; reason: string; basis: string; reportId: string | null };

/**
 * One open case per athlete: the first trigger opens it, later ones attach as events and may
 * raise its tier, never lower it. Serialised per athlete so concurrent reports cannot open two.
 */
export async function openOrAttachCase(
  tx: Tx,
  params: { orgId: string; athleteId: string; triggers: CaseTrigger[]; now: Date; deadlines: AckDeadlines },
) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case:${params.athleteId}`}))`);
  const top = maxTier(params.triggers.map((t) => t.tier));
  if (!top) return null;
  const at = params.now.toISOString();
  const reasons: CaseReason[] = params.triggers.map((t) => ({ ruleId: t.ruleId, tier: t.tier, reason: t.reason, basis: t.basis, at }));
  const [open] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.athleteId, params.athleteId), ne(cases.status, "resolved")))
    .limit(1)
    .for("update");
  if (!open) {
    const [created] = await tx
      .insert(cases)
      .values({ orgId: params.orgId, athleteId: params.athleteId, tier: top, reasons, openedAt: params.now, ackDueAt: ackDueAt(top, params.now, params.deadlines) })
      .returning();
    await tx.insert(caseEvents).values([
      { caseId: created!.id, kind: "opened", at: params.now, data: { tier: top } },
      ...params.triggers.map((t) => ({ caseId: created!.id, kind: "trigger" as const, at: params.now, data: { ...t } })),
    ]);
    return { caseId: created!.id, opened: true, raised: false, tier: top, previousTier: null };
  }
  // The same rule on the same report is not news; anything else is recorded.
  const known = new Set(open.reasons.map((r) => `${r.ruleId}:${r.reason}`));
  const fresh = params.triggers.filter((t) => !known.has(`${t.ruleId}:${t.reason}`));
  const raised = TIER_RANK[top] > TIER_RANK[open.tier];
  if (fresh.length === 0 && !raised) return { caseId: open.id, opened: false, raised: false, tier: open.tier, previousTier: open.tier };
  const tier = raised ? top : open.tier;
  await tx
    .update(cases)
    .set({
      tier,
      reasons: [...open.reasons, ...reasons.filter((r) => !known.has(`${r.ruleId}:${r.reason}`))],
      updatedAt: params.now,
      // A raised tier needs acknowledging again, on the stricter deadline.
      ...(raised ? { ackDueAt: ackDueAt(tier, params.now, params.deadlines), acknowledgedAt: null, status: "open" as const } : {}),
    })
    .where(eq(cases.id, open.id));
  await tx.insert(caseEvents).values([
    ...fresh.map((t) => ({ caseId: open.id, kind: "trigger" as const, at: params.now, data: { ...t } })),
    ...(raised ? [{ caseId: open.id, kind: "tier-raised" as const, at: params.now, data: { from: open.tier, to: tier } }] : []),
  ]);
  return { caseId: open.id, opened: false, raised, tier, previousTier: open.tier };
}
