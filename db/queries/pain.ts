import { and, desc, eq, gte, type Placeholder, sql } from "drizzle-orm";
import type { ReportFacts } from "../../server/domain/escalation";
import type { OstrcAnswers } from "../../server/domain/ostrc";
import type { PainArea, PainQuality, PainTiming, RedFlagAnswers } from "../../server/domain/vocab";
import type { DbOrTx } from "../client";
import { auditLog, evaluations, painReportRevisions, painReports } from "../schema";
import { type AuditEntry, auditRow } from "./audit";

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
  reportedAt: painReports.reportedAt,
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
    reportedAt: r.reportedAt,
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

export type NewPainReport = { orgId: string; athleteId: string; day: string; reportedAt: Date; input: PainReportInput; ostrcVersion: string; idempotencyKey: string | null };

function reportRow(params: NewPainReport & { id?: string }): typeof painReports.$inferInsert {
  const { orgId, athleteId, day, reportedAt, idempotencyKey } = params;
  return { id: params.id, orgId, athleteId, day, reportedAt, idempotencyKey, ...columns(params.input, params.ostrcVersion) };
}

/** The rules' view of a report about to be stored, from the same columns as its row. */
export function newReportFacts(params: NewPainReport & { id: string }): ReportFacts {
  return toFacts({ id: params.id, day: params.day, reportedAt: params.reportedAt, ...columns(params.input, params.ostrcVersion) });
}

export async function insertPainReport(db: DbOrTx, params: NewPainReport & { id?: string }) {
  const [row] = await db
    .insert(painReports)
    .values(reportRow(params))
    .onConflictDoNothing({ target: [painReports.athleteId, painReports.idempotencyKey] })
    .returning({ id: painReports.id });
  return row ?? null;
}

/** The index that makes a report's idempotency key single-use for its athlete. */
export const REPORT_KEY_INDEX = "pain_reports_athlete_id_idempotency_key_key";

/** What a quiet report's statement is given. */
type QuietReport = NewPainReport & { id: string; evaluation: { rulesVersion: string; thresholds: object }; audit: AuditEntry };

/** The statement's values: the report's row, the evaluation's and the audit entry's. */
function quietValues(params: QuietReport) {
  // A report's entry has no detail; leaving the column out keeps it SQL null (a jsonb placeholder would store JSON null).
  const { detail: _none, ...audit } = auditRow(params.audit);
  return { report: reportRow(params), evaluation: params.evaluation, audit };
}

/** Each key of `values` as a placeholder named `prefix` + key. */
function placeholdersOf<T extends object>(values: T, prefix = ""): { [K in keyof T]: Placeholder } {
  return Object.fromEntries(Object.keys(values).map((key) => [key, sql.placeholder(prefix + key)])) as { [K in keyof T]: Placeholder };
}

/** The values by placeholder name; the audit entry's are prefixed, since its columns share names with the report's. */
function quietParams(values: ReturnType<typeof quietValues>): Record<string, unknown> {
  const audit = Object.fromEntries(Object.entries(values.audit).map(([key, value]) => [`audit_${key}`, value]));
  return { ...values.report, ...values.evaluation, ...audit };
}

const quietStatements = new WeakMap<DbOrTx, ReturnType<typeof prepareQuietReport>>();

/**
 * Prepared once per database from the shape of the first report's values: a report is the most
 * frequent write, and drizzle building this statement's SQL was the largest part of a quiet
 * report's own server time after the network. drizzle encodes each placeholder's value through
 * its column when the statement runs.
 */
function prepareQuietReport(db: DbOrTx, shape: ReturnType<typeof quietValues>) {
  const report = db.$with("report").as(db.insert(painReports).values(placeholdersOf(shape.report)));
  const evaluation = db.$with("evaluation").as(
    db.insert(evaluations).values({ athleteId: sql.placeholder("athleteId"), reportId: sql.placeholder("id"), source: "report", ...placeholdersOf(shape.evaluation), triggers: [] }),
  );
  return db.with(report, evaluation).insert(auditLog).values(placeholdersOf(shape.audit, "audit_")).prepare("quiet_report");
}

/**
 * A report that raised nothing, its evaluation and its audit entry, as one statement: stored
 * together or not at all, without a transaction's two extra round trips (BEGIN, COMMIT). The caller
 * picks the report's id so that the other two rows can name it. A key used already breaks
 * REPORT_KEY_INDEX and nothing is stored; inside a transaction, that error aborts it.
 */
export async function insertQuietReport(db: DbOrTx, params: QuietReport) {
  const values = quietValues(params);
  let statement = quietStatements.get(db);
  if (!statement) quietStatements.set(db, (statement = prepareQuietReport(db, values)));
  await statement.execute(quietParams(values));
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
export async function recentFacts(db: DbOrTx, params: { athleteId: string; since: string }) {
  const rows = await db
    .select(factColumns)
    .from(painReports)
    .where(and(eq(painReports.athleteId, params.athleteId), gte(painReports.day, params.since)))
    .orderBy(painReports.day, painReports.reportedAt);
  return rows.map(toFacts);
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
