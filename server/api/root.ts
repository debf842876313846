import { accountRouter } from "./routers/account";
import { assignmentRouter } from "./routers/assignment";
import { athleteRouter } from "./routers/athlete";
import { auditRouter } from "./routers/audit";
import { careRouter } from "./routers/care";
import { dashboardRouter } from "./routers/dashboard";
import { caseRouter } from "./routers/case";
import { exerciseRouter } from "./routers/exercise";
import { invitationRouter } from "./routers/invitation";
import { exportsRouter } from "./routers/exports";
import { meRouter } from "./routers/me";
import { notificationRouter } from "./routers/notification";
import { painRouter } from "./routers/pain";
import { peopleRouter } from "./routers/people";
import { privacyRouter } from "./routers/privacy";
import { peopleImportRouter } from "./routers/people-import";
import { programRouter } from "./routers/program";
import { progressRouter } from "./routers/progress";
import { rosterRouter } from "./routers/roster";
import { settingsRouter } from "./routers/settings";
import { teamRouter } from "./routers/team";
import { todayRouter } from "./routers/today";
import { triageRouter } from "./routers/triage";
import { twoStepRouter } from "./routers/two-step";
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
  peopleImport: peopleImportRouter,
  invitation: invitationRouter,
  team: teamRouter,
  settings: settingsRouter,
  account: accountRouter,
  dashboard: dashboardRouter,
  progress: progressRouter,
  exports: exportsRouter,
  twoStep: twoStepRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
