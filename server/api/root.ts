import { assignmentRouter } from "./routers/assignment";
import { athleteRouter } from "./routers/athlete";
import { auditRouter } from "./routers/audit";
import { careRouter } from "./routers/care";
import { caseRouter } from "./routers/case";
import { exerciseRouter } from "./routers/exercise";
import { meRouter } from "./routers/me";
import { notificationRouter } from "./routers/notification";
import { painRouter } from "./routers/pain";
import { peopleRouter } from "./routers/people";
import { privacyRouter } from "./routers/privacy";
import { programRouter } from "./routers/program";
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
  audit: auditRouter,
  privacy: privacyRouter,
  notification: notificationRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
