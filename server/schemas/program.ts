import { z } from "zod";
import { doseSchema } from "../domain/dose-schema";
import { SCHEDULE_KINDS, WEEKDAYS } from "../domain/vocab";
import { day, id, text } from "./common";

export const scheduleSchema = z
  .object({
    kind: z.enum(SCHEDULE_KINDS, { error: "Choose when the exercise is due." }),
    timesPerWeek: z.number().int().min(1, "At least once a week.").max(7, "At most 7 times a week.").nullable(),
    weekdays: z.array(z.union(WEEKDAYS.map((d) => z.literal(d)))).max(7).nullable(),
  })
  .superRefine((s, ctx) => {
    if (s.kind === "times-per-week" && s.timesPerWeek == null) ctx.addIssue({ code: "custom", path: ["timesPerWeek"], message: "Enter how many times a week." });
    if (s.kind === "weekdays" && (!s.weekdays || s.weekdays.length === 0)) ctx.addIssue({ code: "custom", path: ["weekdays"], message: "Pick at least one weekday." });
  })
  .transform((s) => ({
    kind: s.kind,
    timesPerWeek: s.kind === "times-per-week" ? s.timesPerWeek : null,
    weekdays: s.kind === "weekdays" ? [...new Set(s.weekdays ?? [])].sort() : null,
  }));

export const programItemInput = z.object({ exerciseId: id("Exercise"), dose: doseSchema, schedule: scheduleSchema });

export const programInput = z.object({
  name: text("Name", 100, 1),
  goal: text("Goal", 500),
  formCues: z.array(text("A form cue", 200, 1)).max(12, "Use at most 12 form cues."),
  lifestyleNotes: z.array(text("A lifestyle note", 300, 1)).max(12, "Use at most 12 lifestyle notes."),
  items: z.array(programItemInput).min(1, "Add at least one exercise.").max(30, "A program can hold at most 30 exercises."),
});
export type ProgramFormInput = z.input<typeof programInput>;

export const programUpdateInput = programInput.extend({ id: id("Program") });

export const assignInput = z
  .object({
    programId: id("Program"),
    athleteIds: z.array(id("Athlete")).max(2000).default([]),
    teamId: id("Team").nullish(),
    startDay: day("Start date"),
    endDay: day("End date").nullish(),
  })
  .refine((v) => v.athleteIds.length > 0 || v.teamId, { message: "Choose athletes or a team.", path: ["athleteIds"] })
  .refine((v) => !v.endDay || v.endDay >= v.startDay, { message: "The end date must be on or after the start date.", path: ["endDay"] });

export const assignmentStatusInput = z.object({ id: id("Assignment"), status: z.enum(["active", "paused", "ended"]) });
