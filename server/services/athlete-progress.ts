import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { adherenceByAthleteWeek } from "../../db/queries/adherence-sql";
import { casesOfAthlete, firstDayOfAthlete, ostrcWeeks, painPoints, timeline } from "../../db/queries/athlete-progress";
import { currentReturnToRun } from "../../db/queries/case-detail";
import { users } from "../../db/schema";
import { type AthleteRef, requireVisibleAthlete } from "../access";
import type { Viewer } from "../auth/viewer";
import { localDay } from "../domain/calendar";
import { type OstrcAnswer, scoreOstrcO2 } from "../domain/ostrc";
import { weekRange } from "../domain/ranges";
import { type Audience, timelineGroup, timelineLabel } from "../domain/timeline";
import type { athleteProgressInput } from "../schemas/dashboard";

/**
 * Who sees what: coaches see pain figures only when the athlete shares them, and never outcomes
 * or anything clinical; triage tiers are staff words, so the athlete's own view leaves them out.
 */
export function audienceFor(viewer: Viewer, athlete: AthleteRef): Audience & { painShared: boolean } {
  const painShared = viewer.role !== "coach" || athlete.sharesPainWithCoach;
  return { painShared, showTier: viewer.role !== "athlete", showOutcome: viewer.role !== "coach" };
}

export async function loadAthleteProgress(db: DbOrTx, viewer: Viewer, input: z.output<typeof athleteProgressInput>) {
  const athlete = await requireVisibleAthlete(db, viewer, input.athleteId);
  const who = audienceFor(viewer, athlete);
  const { timeZone } = athlete;
  const { weekStartsOn } = viewer.calendar;
  const now = new Date();
  const today = localDay(now, timeZone);
  const first = input.range === "all" ? await firstDayOfAthlete(db, { athleteId: athlete.id, timeZone }) : null;
  const range = weekRange(input.range, today, weekStartsOn, first);
  const span = { athleteId: athlete.id, from: range.from, to: today };
  const [pain, ostrc, adherence, events, cases, rtr] = await Promise.all([
    who.painShared ? painPoints(db, span) : Promise.resolve([]),
    who.painShared ? ostrcWeeks(db, { ...span, weekStartsOn }) : Promise.resolve([]),
    adherenceByAthleteWeek(db, { athletes: eq(users.id, athlete.id), from: range.from, to: range.to, weekStartsOn, now }),
    timeline(db, { ...span, timeZone }),
    casesOfAthlete(db, { athleteId: athlete.id }),
    currentReturnToRun(db, { athleteId: athlete.id }),
  ]);
  const adherenceOf = new Map(adherence.map((a) => [a.week, a]));
  return {
    athlete: { id: athlete.id, name: athlete.name },
    today,
    range: { ...range, key: input.range },
    painShared: who.painShared,
    pain,
    ostrc: ostrc.map((o) => {
      const score = scoreOstrcO2({ q1: o.q1 as OstrcAnswer, q2: o.q2 as OstrcAnswer, q3: o.q3 as OstrcAnswer, q4: o.q4 as OstrcAnswer });
      return { week: o.week, day: o.day, severity: score.severity, substantial: score.substantial, healthProblem: score.healthProblem, timeLoss: score.timeLoss };
    }),
    adherence: range.weeks.map((week) => {
      const a = adherenceOf.get(week);
      return { week, due: a?.due ?? 0, done: a?.done ?? 0, ratio: a && a.due > 0 ? a.done / a.due : null };
    }),
    events: events.map((e) => ({ day: e.day, group: timelineGroup(e.kind), label: timelineLabel(e, who) })),
    cases: cases.map((c) => ({
      id: c.id,
      status: c.status,
      openedAt: c.openedAt,
      resolvedAt: c.resolvedAt,
      tier: who.showTier ? c.tier : null,
      outcome: who.showOutcome ? c.outcome : null,
    })),
    returnToRun: rtr && { status: rtr.status, reviewDay: rtr.reviewDay, setAt: rtr.setAt },
  };
}
export type AthleteProgress = Awaited<ReturnType<typeof loadAthleteProgress>>;
