import { adherenceInputs } from "../../../db/queries/adherence";
import { organisationById } from "../../../db/queries/people";
import { rosterRows } from "../../../db/queries/roster";
import { visibleAthletesCondition } from "../../access";
import { adherenceWindow, summariseAdherence } from "../../domain/adherence-summary";
import { localDay } from "../../domain/calendar";
import { rosterPageInput } from "../../schemas/dashboard";
import { loadRosterPage } from "../../services/roster-page";
import { staffProcedure, router } from "../trpc";

export const rosterRouter = router({
  /** The coach home table: filtered, sorted and paged in SQL, adherence for the page only. */
  page: staffProcedure.input(rosterPageInput).query(({ ctx, input }) => loadRosterPage(ctx.db, ctx.viewer, input)),
  list: staffProcedure.query(async ({ ctx }) => {
    const [rows, org] = await Promise.all([
      rosterRows(ctx.db, { athletes: visibleAthletesCondition(ctx.viewer), hidePainFromCoach: ctx.viewer.role === "coach" }),
      organisationById(ctx.db, { orgId: ctx.viewer.orgId }),
    ]);
    const weekStartsOn = org?.weekStartsOn === 7 ? 7 : 1;
    const now = new Date();
    const todayOf = (tz: string | null) => localDay(now, tz ?? org?.timeZone ?? "UTC");
    // One window wide enough for every athlete's own "today" (time zones differ by at most a day).
    const window = adherenceWindow(todayOf(null), weekStartsOn);
    const inputs = await adherenceInputs(ctx.db, { athleteIds: rows.map((r) => r.id), from: window.from, to: window.to });
    return rows.map(({ timeZone, ...row }) => {
      const input = inputs.get(row.id);
      const summary = input ? summariseAdherence(input, todayOf(timeZone), weekStartsOn) : null;
      return { ...row, adherence: summary && { thisWeek: summary.thisWeek, last4Weeks: summary.last4Weeks, streak: summary.streak } };
    });
  }),
});
