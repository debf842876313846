import { appRouter } from "../server/api/root";
import type { DemoIds } from "./fixtures";

/**
 * Inputs for the queries a coach may call, shared by the tests that walk every one of them
 * (no clinical notes; no pain details an athlete chose not to share). A query that needs an
 * input and has none here fails those tests, so a new query cannot slip past them.
 */
export const COACH_QUERY_INPUTS: Record<string, (ids: DemoIds) => unknown> = {
  "exercise.list": () => ({}),
  "exercise.byId": (ids) => ({ id: ids.globalExercise }),
  "program.list": () => ({}),
  "program.byId": (ids) => ({ id: ids.program }),
  "assignment.forAthlete": (ids) => ({ athleteId: ids.athlete }),
  "assignment.forProgram": (ids) => ({ programId: ids.program }),
  "athlete.summary": (ids) => ({ athleteId: ids.athlete }),
  "notification.list": () => ({}),
  "roster.page": (ids) => ({ teamId: ids.roadTeam }),
  "dashboard.team": (ids) => ({ teamId: ids.roadTeam, range: "4w" }),
  "progress.athlete": (ids) => ({ athleteId: ids.athlete, range: "4w" }),
  "exports.roster": (ids) => ({ teamId: ids.roadTeam }),
  "exports.athleteHistory": (ids) => ({ athleteId: ids.athlete }),
};

export function allQueries(): string[] {
  return Object.entries(appRouter._def.procedures)
    .filter(([, p]) => (p as unknown as { _def: { type: string } })._def.type === "query")
    .map(([path]) => path)
    .sort();
}
