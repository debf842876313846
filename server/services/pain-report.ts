import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../../db/client";
import {
  correctPainReport,
  insertPainReport,
  insertQuietReport,
  newReportFacts,
  type PainReportInput,
  REPORT_KEY_INDEX,
  reportByIdempotencyKey,
  reportOfAthlete,
  toFacts,
} from "../../db/queries/pain";
import { badRequest, conflict, isUniqueViolation, notFound } from "../api/errors";
import { localDay } from "../domain/calendar";
import { nextStepsForAthlete, RULES_VERSION } from "../domain/escalation";
import { OSTRC_VERSION } from "../domain/ostrc";
import { evaluateAndEscalate, judge, recordAndEscalate, ruleInputs } from "./escalation";
import { audit } from "./audit";

/** timeZone: the athlete's own (Viewer.timeZone), which decides the day a report counts for. */
export type Reporter = { id: string; orgId: string; name: string; timeZone: string };

/** Corrections are allowed for a day after reporting; later the report is part of the record. */
export const CORRECTION_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * ip: the caller's address for the audit record, which is the report's only one (the procedure opts out of the generic record).
 *
 * The rules' inputs are read first, on their own: most reports raise nothing, and such a report is
 * then stored with its evaluation and audit entry in one statement. A report that raises something
 * is stored in a transaction with the case and notifications it calls for. Reading before writing
 * sees what reading beside the insert saw: each statement sees what was committed when it began.
 */
export async function submitPainReport(db: DbOrTx, params: { athlete: Reporter; input: PainReportInput; idempotencyKey?: string | null; ip?: string | null; now?: Date }) {
  const now = params.now ?? new Date();
  const { athlete, input } = params;
  const key = params.idempotencyKey ?? null;
  const day = localDay(now, athlete.timeZone);
  const id = randomUUID();
  const inputs = await ruleInputs(db, { orgId: athlete.orgId, athleteId: athlete.id, day });
  const report = { id, orgId: athlete.orgId, athleteId: athlete.id, day, reportedAt: now, input, ostrcVersion: OSTRC_VERSION, idempotencyKey: key };
  const facts = newReportFacts(report);
  const triggers = judge(facts, inputs);
  const entry = { orgId: athlete.orgId, actorId: athlete.id, action: "pain-report.create", entityType: "pain_report", entityId: id, athleteId: athlete.id, ip: params.ip };

  if (triggers.length === 0) {
    try {
      await insertQuietReport(db, { ...report, evaluation: { rulesVersion: RULES_VERSION, thresholds: inputs.rules.thresholds }, audit: entry });
    } catch (err) {
      if (key !== null && isUniqueViolation(err, REPORT_KEY_INDEX)) return answerRepeat(db, athlete.id, key);
      throw err;
    }
    return { reportId: id, duplicate: false as const, triggers, nextSteps: nextStepsForAthlete(triggers, inputs.rules.deadlines), caseId: null };
  }

  const outcome = await db.transaction(async (tx) => {
    if (!(await insertPainReport(tx, report))) return null;
    const [evaluation] = await Promise.all([
      recordAndEscalate(tx, { orgId: athlete.orgId, athleteId: athlete.id, athleteName: athlete.name, report: facts, source: "report", now, rules: inputs.rules, triggers }),
      audit(tx, entry),
    ]);
    return evaluation;
  });
  if (!outcome) return answerRepeat(db, athlete.id, key!);
  return { reportId: id, duplicate: false as const, triggers, nextSteps: nextStepsForAthlete(triggers, outcome.deadlines), caseId: outcome.outcome?.caseId ?? null };
}

/** The same key again: answer with what was stored the first time, store nothing new. */
async function answerRepeat(db: DbOrTx, athleteId: string, key: string) {
  const existing = await reportByIdempotencyKey(db, { athleteId, key });
  if (!existing) throw conflict("This report is being saved already. Please wait a moment.");
  return { reportId: existing.id, duplicate: true as const, triggers: [], nextSteps: null, caseId: null };
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
