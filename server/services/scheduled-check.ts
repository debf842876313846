/**
 * The work of one scheduled check, inside the caller's transaction: time-based rules for every
 * athlete with recent reports, then notices about cases nobody acknowledged in time.
 */
import type { Tx } from "../../db/client";
import { activeStaff, notify } from "../../db/queries/notifications";
import { insertEvaluation, recentFacts } from "../../db/queries/pain";
import { calendarOf } from "../../db/queries/people";
import { athletesToCheck, overdueCasesToNotify, raisedTriggers, resolvedSinceReport } from "../../db/queries/scheduled-check";
import { addDays, localDay } from "../domain/calendar";
import { evaluateScheduled, RULES_VERSION } from "../domain/escalation";
import { CHECK_LOOKBACK_DAYS, newScheduledTriggers, OVERDUE_KIND, overdueNotification } from "../domain/scheduled-check";
import { logger } from "../logger";
import { escalate, orgRules } from "./escalation";

type Athlete = { id: string; name: string; orgId: string };
type Rules = Awaited<ReturnType<typeof orgRules>>;

/** Applies the time-based rules to every athlete; returns how many athletes got a new trigger. */
export async function checkAthletes(tx: Tx, now: Date) {
  // A day earlier than any time zone's "today minus the look-back" so nobody is missed.
  const sinceDay = addDays(localDay(now, "UTC"), -CHECK_LOOKBACK_DAYS - 1);
  const athletes = await athletesToCheck(tx, { sinceDay });
  const rulesByOrg = new Map<string, Rules>();
  let flagged = 0;
  let failed = 0;
  for (const athlete of athletes) {
    let rules = rulesByOrg.get(athlete.orgId);
    if (!rules) rulesByOrg.set(athlete.orgId, (rules = await orgRules(tx, athlete.orgId)));
    const athleteRules = rules;
    try {
      // A savepoint per athlete: one bad record must not stop the check for everyone else.
      if (await tx.transaction((sp) => checkAthlete(sp, athlete, athleteRules, now))) flagged++;
    } catch (err) {
      failed++;
      logger.error({ err, athleteId: athlete.id }, "scheduled check failed for an athlete");
    }
  }
  return { checked: athletes.length, flagged, failed };
}

async function checkAthlete(tx: Tx, athlete: Athlete, rules: Rules, now: Date): Promise<boolean> {
  const { timeZone } = await calendarOf(tx, { userId: athlete.id });
  const today = localDay(now, timeZone);
  const reports = await recentFacts(tx, { athleteId: athlete.id, since: addDays(today, -CHECK_LOOKBACK_DAYS) });
  const triggers = evaluateScheduled({ reports, today, thresholds: rules.thresholds });
  // Every scheduled trigger is about the latest report.
  const reportId = triggers[0]?.reportId;
  if (!reportId) return false;
  const fresh = newScheduledTriggers({
    triggers,
    raised: await raisedTriggers(tx, { athleteId: athlete.id, reportId }),
    resolvedAfterReport: await resolvedSinceReport(tx, { athleteId: athlete.id, reportId }),
  });
  if (fresh.length === 0) return false;
  await insertEvaluation(tx, { athleteId: athlete.id, reportId, source: "scheduled", rulesVersion: RULES_VERSION, thresholds: rules.thresholds, triggers: fresh });
  await escalate(tx, { orgId: athlete.orgId, athleteId: athlete.id, athleteName: athlete.name, triggers: fresh, deadlines: rules.deadlines, now });
  return true;
}

/** Tells the organisation's physios, once per deadline, about each case nobody acknowledged in time. */
export async function notifyOverdueCases(tx: Tx, now: Date) {
  const overdue = await overdueCasesToNotify(tx, { now, kind: OVERDUE_KIND });
  const physiosByOrg = new Map<string, string[]>();
  for (const c of overdue) {
    let physios = physiosByOrg.get(c.orgId);
    if (!physios) physiosByOrg.set(c.orgId, (physios = (await activeStaff(tx, { orgId: c.orgId, role: "physio" })).map((p) => p.id)));
    await notify(tx, { userIds: physios, notification: overdueNotification(c), at: now });
  }
  return overdue.length;
}
