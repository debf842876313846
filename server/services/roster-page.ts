import type { DbOrTx } from "../../db/client";
import { rosterPage } from "../../db/queries/roster-page";
import { requireVisibleTeam, visibleAthletesCondition } from "../access";
import type { Viewer } from "../auth/viewer";
import { addDays, eachDay } from "../domain/calendar";
import type { z } from "zod";
import type { rosterPageInput } from "../schemas/dashboard";
import { calendarAt, recentWindow } from "./org-calendar";

export const SPARK_DAYS = 14;

/** The page input, or with pageSize null every athlete the filters keep. */
type RosterQuery = Omit<z.output<typeof rosterPageInput>, "pageSize"> & { pageSize: z.output<typeof rosterPageInput>["pageSize"] | null };

/** Due, done and their ratio (null when nothing was due: no data is not 0%). */
export const ratioOf = (done: number | null | undefined, due: number | null | undefined) => ({
  due: due ?? 0,
  done: done ?? 0,
  ratio: due ? (done ?? 0) / due : null,
});

/**
 * One page of the roster with adherence (this week, last four weeks) and a 14-day pain line.
 * pageSize null returns every athlete the filters keep (the CSV export).
 */
export async function loadRosterPage(db: DbOrTx, viewer: Viewer, input: RosterQuery) {
  if (input.teamId) await requireVisibleTeam(db, viewer, input.teamId);
  const cal = calendarAt(viewer.calendar);
  const window = recentWindow(cal);
  const sparkDays = eachDay(addDays(cal.today, -(SPARK_DAYS - 1)), cal.today);
  const { rows, total } = await rosterPage(db, {
    athletes: visibleAthletesCondition(viewer),
    teamId: input.teamId,
    search: input.search,
    tier: input.tier,
    returnToRun: input.returnToRun,
    hidePainFromCoach: viewer.role === "coach",
    sort: input.sort,
    desc: input.desc,
    page: input.page,
    pageSize: input.pageSize,
    window,
    thisWeek: cal.thisWeek,
    spark: { from: sparkDays[0]!, to: cal.today },
  });
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    today: cal.today,
    sparkFrom: sparkDays[0]!,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      teams: r.teams,
      lastPain: r.pain_now === null || r.pain_day === null ? null : { painNow: r.pain_now, day: r.pain_day },
      painHidden: r.pain_hidden,
      caseTier: r.tier,
      caseStatus: r.case_status,
      returnToRun: r.return_to_run,
      adherence: { thisWeek: ratioOf(r.sums?.week_done, r.sums?.week_due), last4Weeks: ratioOf(r.sums?.done, r.sums?.due) },
      spark: r.pain_hidden ? null : r.spark,
    })),
  };
}
export type RosterPage = Awaited<ReturnType<typeof loadRosterPage>>;
