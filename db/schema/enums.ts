import { pgEnum } from "drizzle-orm/pg-core";
import {
  ASSIGNMENT_STATUSES,
  CASE_EVENT_KINDS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  CASE_TIERS,
  DOSE_KINDS,
  EXERCISE_CATEGORIES,
  RETURN_TO_RUN,
  ROLES,
  SCHEDULE_KINDS,
} from "../../server/domain/vocab";

export const roleEnum = pgEnum("role", ROLES);
export const exerciseCategoryEnum = pgEnum("exercise_category", EXERCISE_CATEGORIES);
export const doseKindEnum = pgEnum("dose_kind", DOSE_KINDS);
export const scheduleKindEnum = pgEnum("schedule_kind", SCHEDULE_KINDS);
export const assignmentStatusEnum = pgEnum("assignment_status", ASSIGNMENT_STATUSES);
export const caseTierEnum = pgEnum("case_tier", CASE_TIERS);
export const caseStatusEnum = pgEnum("case_status", CASE_STATUSES);
export const caseOutcomeEnum = pgEnum("case_outcome", CASE_OUTCOMES);
export const caseEventKindEnum = pgEnum("case_event_kind", CASE_EVENT_KINDS);
export const returnToRunEnum = pgEnum("return_to_run_status", RETURN_TO_RUN);
