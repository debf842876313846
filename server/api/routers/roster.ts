import { adherenceSums } from "../../../db/queries/roster-page";
import { athleteNames, rosterRows } from "../../../db/queries/roster";
import { visibleAthletesCondition } from "../../access";
import { addDays } from "../../domain/calendar";
import { rosterPageInput } from "../../schemas/dashboard";
import { calendarAt } from "../../services/org-calendar";
import { loadRosterPage, ratioOf } from "../../services/roster-page";
import { staffProcedure, router } from "../trpc";

export const rosterRouter = router({
  /** The coach home table: filtered, sorted and paged in SQL, adherence for the page only. */
  page: staffProcedure.input(rosterPageInput).query(({ ctx, input }) => loadRosterPage(ctx.db, ctx.viewer, input)),
  /** Every visible athlete's name and teams, for pickers (the assign dialog): cheap at any club size. */
  names: staffProcedure.query(({ ctx }) => athleteNames(ctx.db, { athletes: visibleAthletesCondition(ctx.viewer) })),
  /** Every visible athlete in one list with pain, case and adherence (adherence counted in SQL). */
  list: staffProcedure.query(async ({ ctx }) => {
    const athletes = visibleAthletesCondition(ctx.viewer);
    const cal = calendarAt(ctx.viewer.calendar);
    const window = { from: addDays(cal.thisWeek, -21), to: addDays(cal.thisWeek, 6), weekStartsOn: cal.weekStartsOn, now: cal.now };
    const [rows, sums] = await Promise.all([
      rosterRows(ctx.db, { athletes, hidePainFromCoach: ctx.viewer.role === "coach" }),
      adherenceSums(ctx.db, { athletes, window, thisWeek: cal.thisWeek }),
    ]);
    return rows.map(({ timeZone: _tz, ...row }) => {
      const s = sums.get(row.id);
      return { ...row, adherence: { thisWeek: ratioOf(s?.week_done, s?.week_due), last4Weeks: ratioOf(s?.done, s?.due) } };
    });
  }),
});
