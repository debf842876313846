import { assignmentRouter } from "./routers/assignment";
import { athleteRouter } from "./routers/athlete";
import { careRouter } from "./routers/care";
import { dashboardRouter } from "./routers/dashboard";
import { caseRouter } from "./routers/case";
import { exerciseRouter } from "./routers/exercise";
import { exportsRouter } from "./routers/exports";
import { meRouter } from "./routers/me";
import { painRouter } from "./routers/pain";
import { peopleRouter } from "./routers/people";
import { programRouter } from "./routers/program";
import { progressRouter } from "./routers/progress";
import { rosterRouter } from "./routers/roster";
import { todayRouter } from "./routers/today";
import { triageRouter } from "./routers/triage";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  me: meRouter,
  roster: rosterRouter,
  athlete: athleteRouter,
  exercise: exerciseRouter,
  program: programRouter,
  assignment: assignmentRouter,
  today: todayRouter,
  pain: painRouter,
  care: careRouter,
  triage: triageRouter,
  case: caseRouter,
  people: peopleRouter,
  dashboard: dashboardRouter,
  progress: progressRouter,
  exports: exportsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
