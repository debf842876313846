import type { DbOrTx } from "../../db/client";
import { correctPainReport, insertPainReport, type PainReportInput, reportByIdempotencyKey, reportOfAthlete, toFacts } from "../../db/queries/pain";
import { conflict, notFound, badRequest } from "../api/errors";
import { localDay } from "../domain/calendar";
import { nextStepsForAthlete } from "../domain/escalation";
import { OSTRC_VERSION } from "../domain/ostrc";
import { evaluateAndEscalate, ruleInputs } from "./escalation";
import { audit } from "./audit";

/** timeZone: the athlete's own (Viewer.timeZone), which decides the day a report counts for. */
export type Reporter = { id: string; orgId: string; name: string; timeZone: string };

/** Corrections are allowed for a day after reporting; later the report is part of the record. */
export const CORRECTION_WINDOW_MS = 24 * 60 * 60 * 1000;

/** ip: the caller's address for the audit record, which is the report's only one (the procedure opts out of the generic record). */
export async function submitPainReport(db: DbOrTx, params: { athlete: Reporter; input: PainReportInput; idempotencyKey?: string | null; ip?: string | null; now?: Date }) {
  const now = params.now ?? new Date();
  const { athlete } = params;
  const key = params.idempotencyKey ?? null;
  const day = localDay(now, athlete.timeZone);
  const result = await db.transaction(async (tx) => {
    // Sent together, here and below: the connection pipelines them instead of waiting on each in turn.
    const [report, inputs] = await Promise.all([
      insertPainReport(tx, { orgId: athlete.orgId, athleteId: athlete.id, day, reportedAt: now, input: params.input, ostrcVersion: OSTRC_VERSION, idempotencyKey: key }),
      ruleInputs(tx, { orgId: athlete.orgId, athleteId: athlete.id, day }),
    ]);
    if (!report) return null;
    const [evaluation] = await Promise.all([
      evaluateAndEscalate(tx, { orgId: athlete.orgId, athleteId: athlete.id, athleteName: athlete.name, report: toFacts(report), source: "report", now, inputs }),
      audit(tx, { orgId: athlete.orgId, actorId: athlete.id, action: "pain-report.create", entityType: "pain_report", entityId: report.id, athleteId: athlete.id, ip: params.ip }),
    ]);
    return { report, ...evaluation };
  });
  if (!result) {
    // The same key again: answer with what was stored the first time, store nothing new.
    const existing = await reportByIdempotencyKey(db, { athleteId: athlete.id, key: key! });
    if (!existing) throw conflict("This report is being saved already. Please wait a moment.");
    return { reportId: existing.id, duplicate: true as const, triggers: [], nextSteps: null, caseId: null };
  }
  return {
    reportId: result.report.id,
    duplicate: false as const,
    triggers: result.triggers,
    nextSteps: nextStepsForAthlete(result.triggers, result.deadlines),
    caseId: result.outcome?.caseId ?? null,
  };
}

export async function correctReport(db: DbOrTx, params: { athlete: Reporter; id: string; input: PainReportInput; ip?: string | null; now?: Date }) {
  const now = params.now ?? new Date();
  const report = await reportOfAthlete(db, { athleteId: params.athlete.id, id: params.id });
  if (!report) throw notFound("Report");
  if (now.getTime() - report.reportedAt.getTime() > CORRECTION_WINDOW_MS) {
    throw badRequest("A report can be corrected within 24 hours of sending it. Send a new report instead.");
  }
  return db.transaction(async (tx) => {
    const updated = await correctPainReport(tx, { report, input: params.input, ostrcVersion: OSTRC_VERSION, now });
    if (!updated) throw conflict("This report was changed at the same time. Please reload and try again.");
    const evaluation = await evaluateAndEscalate(tx, { orgId: params.athlete.orgId, athleteId: params.athlete.id, athleteName: params.athlete.name, report: toFacts(updated), source: "correction", now });
    await audit(tx, { orgId: params.athlete.orgId, actorId: params.athlete.id, action: "pain-report.correct", entityType: "pain_report", entityId: report.id, athleteId: params.athlete.id, ip: params.ip });
    return { reportId: updated.id, triggers: evaluation.triggers, nextSteps: nextStepsForAthlete(evaluation.triggers, evaluation.deadlines), caseId: evaluation.outcome?.caseId ?? null };
  });
}
