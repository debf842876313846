import { addDays, weekStart, type WeekStartsOn } from "./calendar";
import type { Dose } from "./dose";
import { describeSchedule, dueToday, type ItemSchedule } from "./schedule";
import type { Weekday } from "./vocab";

export type PlanInput = {
  assignments: { id: string; programName: string; version: number; formCues: string[]; lifestyleNotes: string[]; startDay: string; endDay: string | null; versionId: string }[];
  items: { id: string; versionId: string; exercise: { id: string; name: string; category: string; steps: string[]; cautions: string | null; mediaUrl: string | null }; dose: Dose; schedule: ItemSchedule }[];
  pauses: { assignmentId: string; fromDay: string; toDay: string | null }[];
  completions: { assignmentId: string; itemId: string; day: string; late: boolean; difficulty: number | null; pain: number | null; note: string | null }[];
  runDays: number[];
};

export function isPausedOn(pauses: PlanInput["pauses"], assignmentId: string, day: string): boolean {
  return pauses.some((p) => p.assignmentId === assignmentId && p.fromDay <= day && (p.toDay === null || p.toDay >= day));
}

/** The athlete's list for one day, grouped by program, in program order. */
export function planForDay(plan: PlanInput, day: string, weekStartsOn: WeekStartsOn) {
  const wStart = weekStart(day, weekStartsOn);
  const wEnd = addDays(wStart, 6);
  return plan.assignments
    .filter((a) => a.startDay <= day && (a.endDay === null || a.endDay >= day) && !isPausedOn(plan.pauses, a.id, day))
    .map((a) => {
      const items = plan.items.filter((i) => i.versionId === a.versionId);
      const mine = plan.completions.filter((c) => c.assignmentId === a.id);
      const doneThisWeek = new Map<string, number>();
      for (const c of mine) if (c.day >= wStart && c.day <= wEnd) doneThisWeek.set(c.itemId, (doneThisWeek.get(c.itemId) ?? 0) + 1);
      const today = new Map(mine.filter((c) => c.day === day).map((c) => [c.itemId, c]));
      const due = dueToday({
        items: items.map((i) => ({ id: i.id, schedule: i.schedule, activeFrom: a.startDay, activeTo: a.endDay })),
        day,
        runDays: plan.runDays as Weekday[],
        weekStartsOn,
        doneThisWeek,
        doneToday: new Set(today.keys()),
      });
      return {
        assignmentId: a.id,
        programName: a.programName,
        version: a.version,
        formCues: a.formCues,
        lifestyleNotes: a.lifestyleNotes,
        items: items.flatMap((item, idx) => {
          const d = due[idx];
          if (!d?.due) return [];
          const completion = today.get(item.id) ?? null;
          return [{ itemId: item.id, exercise: item.exercise, dose: item.dose, when: describeSchedule(item.schedule, weekStartsOn), week: d.week, done: completion !== null, completion }];
        }),
      };
    })
    .filter((g) => g.items.length > 0);
}
