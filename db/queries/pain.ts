import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { PainPoint, ReportFacts } from "../../server/domain/escalation";
import type { OstrcAnswers } from "../../server/domain/ostrc";
import type { PainArea, PainQuality, PainTiming, RedFlagAnswers } from "../../server/domain/vocab";
import type { DbOrTx } from "../client";
import { athleteProfiles, evaluations, painReportRevisions, painReports } from "../schema";

export type PainReportInput = {
  painNow: number;
  painWorstRun: number | null;
  areas: PainArea[];
  timings: PainTiming[];
  qualities: PainQuality[];
  redFlags: RedFlagAnswers;
  ostrc: OstrcAnswers | null;
  note: string | null;
};

type ReportRow = typeof painReports.$inferSelect;

/** The columns the escalation rules read: a report carries many more (notes, keys, times). */
const factColumns = {
  id: painReports.id,
  day: painReports.day,
  painNow: painReports.painNow,
  painWorstRun: painReports.painWorstRun,
  areas: painReports.areas,
  timings: painReports.timings,
  qualities: painReports.qualities,
  redFlags: painReports.redFlags,
  ostrcVersion: painReports.ostrcVersion,
  ostrcQ1: painReports.ostrcQ1,
  ostrcQ2: painReports.ostrcQ2,
  ostrcQ3: painReports.ostrcQ3,
  ostrcQ4: painReports.ostrcQ4,
};

export function toFacts(r: Pick<ReportRow, keyof typeof factColumns>): ReportFacts {
  return {
    id: r.id,
    day: r.day,
    painNow: r.painNow,
    painWorstRun: r.painWorstRun,
    areas: r.areas,
    timings: r.timings,
    qualities: r.qualities,
    redFlags: r.redFlags,
    ostrc: r.ostrcVersion ? ({ q1: r.ostrcQ1, q2: r.ostrcQ2, q3: r.ostrcQ3, q4: r.ostrcQ4 } as OstrcAnswers) : null,
  };
}

function columns(input: PainReportInput, ostrcVersion: string) {
  return {
    painNow: input.painNow,
    painWorstRun: input.painWorstRun,
    areas: input.areas,
    timings: input.timings,
    qualities: input.qualities,
    redFlags: input.redFlags,
    ostrcVersion: input.ostrc ? ostrcVersion : null,
    ostrcQ1: input.ostrc?.q1 ?? null,
    ostrcQ2: input.ostrc?.q2 ?? null,
    ostrcQ3: input.ostrc?.q3 ?? null,
    ostrcQ4: input.ostrc?.q4 ?? null,
    note: input.note,
  };
}

export async function insertPainReport(
  db: DbOrTx,
  params: { orgId: string; athleteId: string; day: string; reportedAt: Date; input: PainReportInput; ostrcVersion: string; idempotencyKey: string | null },
) {
  const [row] = await db
    .insert(painReports)
    .values({ orgId: params.orgId, athleteId: params.athleteId, day: params.day, reportedAt: params.reportedAt, idempotencyKey: params.idempotencyKey, ...columns(params.input, params.ostrcVersion) })
    .onConflictDoNothing({ target: [painReports.athleteId, painReports.idempotencyKey] })
    .returning();
  return row ?? null;
}

export async function reportByIdempotencyKey(db: DbOrTx, params: { athleteId: string; key: string }) {
  const [row] = await db.select().from(painReports).where(and(eq(painReports.athleteId, params.athleteId), eq(painReports.idempotencyKey, params.key))).limit(1);
  return row ?? null;
}

export async function reportOfAthlete(db: DbOrTx, params: { athleteId: string; id: string }) {
  const [row] = await db.select().from(painReports).where(and(eq(painReports.id, params.id), eq(painReports.athleteId, params.athleteId))).limit(1);
  return row ?? null;
}

/** Keeps the report as it was, then applies the correction. */
export async function correctPainReport(db: DbOrTx, params: { report: ReportRow; input: PainReportInput; ostrcVersion: string; now: Date }) {
  const { report } = params;
  await db.insert(painReportRevisions).values({ reportId: report.id, revision: report.revision, snapshot: report });
  const [row] = await db
    .update(painReports)
    .set({ ...columns(params.input, params.ostrcVersion), revision: report.revision + 1, correctedAt: params.now })
    .where(and(eq(painReports.id, report.id), eq(painReports.revision, report.revision)))
    .returning();
  return row ?? null;
}

/** The reports the rules look back on: persistence and 7-day averages need a few weeks at most. */
/**
 * The athlete's reports since `since`, as the rules read them. Only their columns are selected:
 * mapping every column of two months of reports was about a tenth of a report's server CPU.
 */
/**
 * What the rules read of a report's earlier reports: day and pain, four plain columns (no arrays
 * or JSON to parse), since an athlete who reports several times a day has many of them.
 */
export async function recentPain(db: DbOrTx, params: { athleteId: string; since: string }): Promise<PainPoint[]> {
  return db
    .select({ id: painReports.id, day: painReports.day, painNow: painReports.painNow, painWorstRun: painReports.painWorstRun })
    .from(painReports)
    .where(and(eq(painReports.athleteId, params.athleteId), gte(painReports.day, params.since)));
}

export async function recentFacts(db: DbOrTx, params: { athleteId: string; since: string }) {
  const rows = await db
    .select(factColumns)
    .from(painReports)
    .where(and(eq(painReports.athleteId, params.athleteId), gte(painReports.day, params.since)))
    .orderBy(painReports.day, painReports.reportedAt);
  return rows.map(toFacts);
}

export async function athleteHistory(db: DbOrTx, params: { athleteId: string }) {
  const [row] = await db.select({ history: athleteProfiles.historyOfBackProblems }).from(athleteProfiles).where(eq(athleteProfiles.userId, params.athleteId)).limit(1);
  return { historyOfBackProblems: row?.history ?? false };
}

export async function insertEvaluation(
  db: DbOrTx,
  params: { athleteId: string; reportId: string | null; source: "report" | "correction" | "scheduled"; rulesVersion: string; thresholds: object; triggers: object[] },
) {
  await db.insert(evaluations).values(params);
}

export async function reportsOfAthlete(db: DbOrTx, params: { athleteId: string; since?: string; limit?: number }) {
  return db
    .select()
    .from(painReports)
    .where(and(eq(painReports.athleteId, params.athleteId), params.since ? gte(painReports.day, params.since) : undefined))
    .orderBy(desc(painReports.day), desc(painReports.reportedAt))
    .limit(params.limit ?? 500);
}

/** The last day the athlete answered the weekly questionnaire, to offer it at most once a week. */
export async function lastOstrcDay(db: DbOrTx, params: { athleteId: string }) {
  const [row] = await db
    .select({ day: sql<string | null>`max(${painReports.day})` })
    .from(painReports)
    .where(and(eq(painReports.athleteId, params.athleteId), sql`${painReports.ostrcVersion} is not null`));
  return row?.day ?? null;
}
