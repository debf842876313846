/**
 * Where a pain report becomes a case: store the report, run the rules, record the evaluation,
 * open or raise the case, and notify, all in one transaction so a flag is never half-written.
 */
import { format } from "date-fns";
import type { DbOrTx, Tx } from "../../db/client";
import { openOrAttachCase } from "../../db/queries/cases";
import { activeStaff, coachesOfAthlete, notify, queueEmail } from "../../db/queries/notifications";
import { insertEvaluation } from "../../db/queries/pain";
import { readRuleInputs } from "../../db/queries/rule-inputs";
import { organisationById } from "../../db/queries/people";
import { addDays } from "../domain/calendar";
import {
  type AckDeadlines,
  type AthleteHistory,
  DEFAULT_ACK_DEADLINES,
  DEFAULT_THRESHOLDS,
  evaluateReport,
  type PainPoint,
  RULES_VERSION,
  type ReportFacts,
  type Thresholds,
  type Trigger,
} from "../domain/escalation";
import type { CaseTier } from "../domain/vocab";
import { TIER_LABEL } from "../domain/labels";
import { coachAthleteLink } from "../domain/links";
import { emailLink } from "../domain/outbox";
import { env } from "../env";

type Rules = { thresholds: Thresholds; deadlines: AckDeadlines; timeZone: string };

/** An organisation's stored settings over the product's defaults. */
function rulesOf(org: { thresholds: Record<string, number> | null; ackDeadlines: Record<string, number> | null; timeZone: string } | null): Rules {
  return {
    thresholds: { ...DEFAULT_THRESHOLDS, ...(org?.thresholds ?? {}) },
    deadlines: { ...DEFAULT_ACK_DEADLINES, ...(org?.ackDeadlines ?? {}) } as AckDeadlines,
    timeZone: org?.timeZone ?? "UTC",
  };
}

export async function orgRules(db: DbOrTx, orgId: string): Promise<Rules> {
  return rulesOf(await organisationById(db, { orgId }));
}

/** How far back the rules look: persistence runs and two 7-day windows. */
const LOOKBACK_DAYS = 60;

export type RuleInputs = { rules: Rules; previous: PainPoint[]; athlete: AthleteHistory };

/** What the rules read besides the report, for a report of `day` (the rules leave the report itself out of `previous`). */
export async function ruleInputs(db: DbOrTx, params: { orgId: string; athleteId: string; day: string }): Promise<RuleInputs> {
  const read = await readRuleInputs(db, { orgId: params.orgId, athleteId: params.athleteId, since: addDays(params.day, -LOOKBACK_DAYS) });
  return { rules: rulesOf(read), previous: read.previous, athlete: { historyOfBackProblems: read.historyOfBackProblems } };
}

/** The triggers a report raises, given what the rules read for it. */
export function judge(report: ReportFacts, inputs: RuleInputs): Trigger[] {
  return evaluateReport({ report, previous: inputs.previous, athlete: inputs.athlete, thresholds: inputs.rules.thresholds });
}

/** Reads the rules' inputs for a report already stored, judges it, records the evaluation and escalates. */
export async function evaluateAndEscalate(
  tx: Tx,
  params: { orgId: string; athleteId: string; athleteName: string; report: ReportFacts; source: "report" | "correction"; now: Date },
) {
  const inputs = await ruleInputs(tx, { orgId: params.orgId, athleteId: params.athleteId, day: params.report.day });
  return recordAndEscalate(tx, { ...params, rules: inputs.rules, triggers: judge(params.report, inputs) });
}

/** Records the evaluation of a report, then opens or raises the case its triggers call for. */
export async function recordAndEscalate(
  tx: Tx,
  params: { orgId: string; athleteId: string; athleteName: string; report: ReportFacts; source: "report" | "correction"; now: Date; rules: RuleInputs["rules"]; triggers: Trigger[] },
) {
  const { rules, triggers } = params;
  await insertEvaluation(tx, {
    athleteId: params.athleteId,
    reportId: params.report.id,
    source: params.source,
    rulesVersion: RULES_VERSION,
    thresholds: rules.thresholds,
    triggers,
  });
  const outcome = await escalate(tx, { ...params, triggers, deadlines: rules.deadlines });
  return { triggers, deadlines: rules.deadlines, outcome };
}

/** Opens or raises the case for a set of triggers and tells the people who must know. */
export async function escalate(
  tx: Tx,
  params: { orgId: string; athleteId: string; athleteName: string; triggers: Trigger[]; deadlines: AckDeadlines; now: Date },
) {
  if (params.triggers.length === 0) return null;
  const result = await openOrAttachCase(tx, { ...params });
  if (!result || (!result.opened && !result.raised)) return result;
  const link = `/triage/cases/${result.caseId}`;
  const headline = result.opened
    ? `New ${TIER_LABEL[result.tier].toLowerCase()} case: ${params.athleteName}`
    : `Case raised to ${TIER_LABEL[result.tier].toLowerCase()}: ${params.athleteName}`;
  const why = params.triggers.map((t) => t.reason).join(" ");
  const physios = await activeStaff(tx, { orgId: params.orgId, role: "physio" });
  await notify(tx, { userIds: physios.map((p) => p.id), notification: { kind: "case", title: headline, body: why, link }, at: params.now });
  const coaches = await coachesOfAthlete(tx, { athleteId: params.athleteId });
  await notify(tx, {
    userIds: coaches.map((c) => c.id),
    // Coaches learn that the clinic is involved, not the clinical detail.
    notification: { kind: "athlete-flagged", title: `${params.athleteName} was flagged for the clinic`, body: `Priority: ${TIER_LABEL[result.tier]}.`, link: coachAthleteLink(params.athleteId) },
    at: params.now,
  });
  if (isUrgent(result.tier)) {
    await queueEmail(tx, {
      orgId: params.orgId,
      to: physios.map((p) => p.email),
      subject: `[Upright] ${headline}`,
      body: `${headline}\nOpened ${format(params.now, "d MMM yyyy HH:mm")} UTC.\nOpen the case in Upright: ${emailLink(env().NEXTAUTH_URL, link)}\n\nThis email holds no clinical details; sign in to see them.`,
    });
  }
  return result;
}

function isUrgent(tier: CaseTier) {
  return tier === "emergency" || tier === "same-day";
}
