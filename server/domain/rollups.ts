/**
 * Which weeks a chart may read from the weekly rollups (db/schema/rollups.ts): only weeks whose
 * figures can no longer change by the passing of time. The organisation's this-week is the
 * reference; an athlete's own day may be a day behind the organisation's.
 */
import { LATE_FILL_DAYS } from "./adherence";
import { addDays, type Day } from "./calendar";

const TIME_ZONE_MARGIN_DAYS = 1;
/** A pain report is made on its own day and can be corrected for 24 hours. */
const PAIN_CORRECTION_DAYS = 1;

/**
 * The first week start from which weeks are not rolled up: a week is final once its last day plus
 * `lagDays` (and the time-zone margin) lies before this week began.
 */
export function finalWeeksBefore(thisWeek: Day, lagDays: number): Day {
  const weeksBack = Math.floor((6 + lagDays + TIME_ZONE_MARGIN_DAYS) / 7) + 1;
  return addDays(thisWeek, -7 * (weeksBack - 1));
}

export function rollupCutoffs(thisWeek: Day) {
  return {
    adherenceBefore: finalWeeksBefore(thisWeek, LATE_FILL_DAYS),
    painBefore: finalWeeksBefore(thisWeek, PAIN_CORRECTION_DAYS),
  };
}
