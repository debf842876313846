import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { caseTimings, earliestCaseDay, openCasesByTier, outcomes, physioWorkload } from "../../db/queries/clinic-stats";
import { newCasesByWeek } from "../../db/queries/team-stats";
import type { Viewer } from "../auth/viewer";
import { weekRange } from "../domain/ranges";
import { CASE_OUTCOMES, CASE_TIERS } from "../domain/vocab";
import type { clinicOverviewInput } from "../schemas/dashboard";
import { calendarAt } from "./org-calendar";

/** The whole organisation's cases: what is open now, and how the period went. */
export async function loadClinicOverview(db: DbOrTx, viewer: Viewer, input: z.output<typeof clinicOverviewInput>) {
  const cal = calendarAt(viewer.calendar);
  const orgId = viewer.orgId;
  const earliest = input.range === "all" ? await earliestCaseDay(db, { orgId, timeZone: cal.timeZone }) : null;
  const range = weekRange(input.range, cal.today, cal.weekStartsOn, earliest);
  // The period runs to today: nothing has happened later in this week yet.
  const period = { orgId, timeZone: cal.timeZone, from: range.from, to: cal.today };
  const [open, timings, outcomeRows, workload, newCases] = await Promise.all([
    openCasesByTier(db, { orgId, now: cal.now }),
    caseTimings(db, period),
    outcomes(db, period),
    physioWorkload(db, period),
    newCasesByWeek(db, { cases: sql`c.org_id = ${orgId}`, timeZone: cal.timeZone, weekStartsOn: cal.weekStartsOn, from: range.from, lastWeek: range.thisWeek }),
  ]);
  const openOf = new Map(open.map((o) => [o.tier, o]));
  const timingOf = new Map(timings.filter((t) => t.tier !== null).map((t) => [t.tier, t]));
  const overall = timings.find((t) => t.tier === null) ?? { opened: 0, acknowledged: 0, medianAckHours: null, resolved: 0, medianResolveHours: null };
  const outcomeOf = new Map(outcomeRows.map((o) => [o.outcome, o.count]));
  return {
    today: cal.today,
    range: { ...range, key: input.range },
    openByTier: CASE_TIERS.map((tier) => ({ tier, open: openOf.get(tier)?.open ?? 0, overdue: openOf.get(tier)?.overdue ?? 0 })),
    timings: {
      overall: { ...overall, tier: null },
      byTier: CASE_TIERS.map((tier) => timingOf.get(tier) ?? { tier, opened: 0, acknowledged: 0, medianAckHours: null, resolved: 0, medianResolveHours: null }),
    },
    outcomes: CASE_OUTCOMES.map((outcome) => ({ outcome, count: outcomeOf.get(outcome) ?? 0 })),
    workload,
    newCases,
  };
}
export type ClinicOverview = Awaited<ReturnType<typeof loadClinicOverview>>;
