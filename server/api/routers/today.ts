import { z } from "zod";
import type { Viewer } from "../../auth/viewer";
import { pausesOf } from "../../../db/queries/assignments";
import { assignmentItemOfAthlete, athletePlan, setCompletion } from "../../../db/queries/today";
import { LATE_FILL_DAYS } from "../../domain/adherence";
import { addDays, eachDay, localDay, weekStart } from "../../domain/calendar";
import { isPausedOn, planForDay } from "../../domain/plan";
import { refreshOpenWeeks } from "../../services/adherence-refresh";
import { day, id, optionalText } from "../../schemas/common";
import { badRequest, notFound } from "../errors";
import { athleteProcedure, router } from "../trpc";


function window(viewer: Viewer, requested?: string) {
  const { weekStartsOn } = viewer.calendar;
  const today = localDay(new Date(), viewer.timeZone);
  const target = requested ?? today;
  if (target > today) throw badRequest("You cannot check off a day that has not happened yet.");
  if (target < addDays(today, -LATE_FILL_DAYS)) throw badRequest(`You can fill in today and the last ${LATE_FILL_DAYS} days only.`);
  return { today, target, weekStartsOn };
}

export const todayRouter = router({
  get: athleteProcedure.input(z.object({ day: day().optional() }).default({})).query(async ({ ctx, input }) => {
    const { today, target, weekStartsOn } = window(ctx.viewer, input.day);
    const plan = await athletePlan(ctx.db, { athleteId: ctx.viewer.id, from: weekStart(addDays(today, -LATE_FILL_DAYS), weekStartsOn), to: today });
    return {
      today,
      day: target,
      days: eachDay(addDays(today, -LATE_FILL_DAYS), today).reverse(),
      groups: planForDay(plan, target, weekStartsOn),
      hasPrograms: plan.assignments.length > 0,
    };
  }),

  setDone: athleteProcedure
    .input(
      z.object({
        assignmentId: id("Assignment"),
        itemId: id("Exercise"),
        day: day(),
        done: z.boolean(),
        difficulty: z.number().int().min(0, "Difficulty goes from 0 to 10.").max(10, "Difficulty goes from 0 to 10.").nullish(),
        pain: z.number().int().min(0, "Pain goes from 0 to 10.").max(10, "Pain goes from 0 to 10.").nullish(),
        note: optionalText("Note", 500),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { today } = window(ctx.viewer, input.day);
      const assignment = await assignmentItemOfAthlete(ctx.db, { athleteId: ctx.viewer.id, assignmentId: input.assignmentId, itemId: input.itemId });
      if (!assignment) throw notFound("Exercise");
      const active = assignment.status !== "ended" && assignment.startDay <= input.day && (assignment.endDay === null || assignment.endDay >= input.day);
      if (!active) throw badRequest("This exercise was not part of your program on that day.");
      const pauses = await pausesOf(ctx.db, { assignmentId: assignment.id });
      if (isPausedOn(pauses, assignment.id, input.day)) throw badRequest("This program was paused on that day.");
      await setCompletion(ctx.db, {
        athleteId: ctx.viewer.id,
        assignmentId: assignment.id,
        itemId: input.itemId,
        day: input.day,
        done: input.done,
        late: input.day < today,
        details: { difficulty: input.difficulty ?? null, pain: input.pain ?? null, note: input.note },
      });
      await refreshOpenWeeks(ctx.db, { athleteId: ctx.viewer.id, calendar: ctx.viewer.calendar });
      return { done: input.done, day: input.day, late: input.day < today };
    }),
});

