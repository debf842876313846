import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { teamAdherence } from "../../db/queries/team-adherence";
import { earliestDay, keyFigures, newCasesByWeek, painBandsByWeek, type Scope } from "../../db/queries/team-stats";
import { teams } from "../../db/schema";
import { requireVisibleTeam, visibleAthletesCondition, visibleTeams, visibleTeamsCondition } from "../access";
import type { Viewer } from "../auth/viewer";
import { weekRange } from "../domain/ranges";
import type { teamOverviewInput } from "../schemas/dashboard";
import { calendarAt, recentWindow } from "./org-calendar";

/** Key figures and weekly charts for the athletes the viewer sees (or one team of them). */
export async function loadTeamOverview(db: DbOrTx, viewer: Viewer, input: z.output<typeof teamOverviewInput>) {
  const team = input.teamId ? await requireVisibleTeam(db, viewer, input.teamId) : null;
  const cal = calendarAt(viewer.calendar);
  const athletes = and(
    visibleAthletesCondition(viewer),
    team ? sql`exists (select 1 from team_members m where m.user_id = users.id and m.team_id = ${team.id})` : undefined,
  )!;
  const scope: Scope = { orgId: viewer.orgId, athletes, hidePainFromCoach: viewer.role === "coach", timeZone: cal.timeZone, weekStartsOn: cal.weekStartsOn };
  const earliest = input.range === "all" ? await earliestDay(db, scope) : null;
  const range = weekRange(input.range, cal.today, cal.weekStartsOn, earliest);
  const lastWeek = range.thisWeek;
  // The four recent weeks: the mean's, and every chart week not yet final (older ones come from
  // the team-week rollup).
  const window = recentWindow(cal);
  // Every athlete and team of the organisation: the charts' sums are kept for this view.
  const orgWide = !team && (viewer.role === "admin" || viewer.role === "physio");
  const [figures, adherence, bands, newCases, teamList] = await Promise.all([
    keyFigures(db, { ...scope, thisWeek: cal.thisWeek }),
    teamAdherence(db, { ...scope, teams: and(visibleTeamsCondition(viewer), team ? eq(teams.id, team.id) : undefined)!, window, chartFrom: range.from, lastWeek, orgWide }),
    painBandsByWeek(db, { ...scope, from: range.from, lastWeek, orgWide }),
    newCasesByWeek(db, { ...scope, cases: sql`c.athlete_id in (select users.id from users where ${athletes})`, from: range.from, lastWeek }),
    visibleTeams(db, viewer),
  ]);
  return {
    teams: teamList,
    today: cal.today,
    thisWeek: cal.thisWeek,
    range: { ...range, key: input.range },
    figures: {
      athletes: figures.athletes,
      sharingPain: figures.sharing,
      inPainThisWeek: figures.in_pain,
      openCases: figures.open_cases,
      urgentCases: figures.urgent_cases,
      meanAdherence: adherence.mean,
      athletesWithDue: adherence.withDue,
    },
    adherenceByTeam: adherence.byTeam,
    painBands: bands,
    newCases,
    painHiddenForSome: viewer.role === "coach" && figures.sharing < figures.athletes,
  };
}
export type TeamOverview = Awaited<ReturnType<typeof loadTeamOverview>>;
