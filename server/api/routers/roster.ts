import { adherenceSums } from "../../../db/queries/roster-page";
import { rosterRows } from "../../../db/queries/roster";
import { visibleAthletesCondition } from "../../access";
import { addDays } from "../../domain/calendar";
import { rosterPageInput } from "../../schemas/dashboard";
import { loadRosterPage, orgCalendar } from "../../services/roster-page";
import { staffProcedure, router } from "../trpc";

const summary = (done: number | null | undefined, due: number | null | undefined) => ({ due: due ?? 0, done: done ?? 0, ratio: due ? (done ?? 0) / due : null });

export const rosterRouter = router({
  /** The coach home table: filtered, sorted and paged in SQL, adherence for the page only. */
  page: staffProcedure.input(rosterPageInput).query(({ ctx, input }) => loadRosterPage(ctx.db, ctx.viewer, input)),
  /** Every visible athlete in one list (pickers such as the assign dialog), adherence counted in SQL. */
  list: staffProcedure.query(async ({ ctx }) => {
    const athletes = visibleAthletesCondition(ctx.viewer);
    const cal = await orgCalendar(ctx.db, ctx.viewer.orgId);
    const window = { from: addDays(cal.thisWeek, -21), to: addDays(cal.thisWeek, 6), weekStartsOn: cal.weekStartsOn, now: cal.now };
    const [rows, sums] = await Promise.all([
      rosterRows(ctx.db, { athletes, hidePainFromCoach: ctx.viewer.role === "coach" }),
      adherenceSums(ctx.db, { athletes, window, thisWeek: cal.thisWeek }),
    ]);
    return rows.map(({ timeZone: _tz, ...row }) => {
      const s = sums.get(row.id);
      return { ...row, adherence: { thisWeek: summary(s?.week_done, s?.week_due), last4Weeks: summary(s?.done, s?.due) } };
    });
  }),
});
