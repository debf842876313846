import { z } from "zod";
import { doseSchema } from "../domain/dose-schema";
import { BODY_FOCUS, EXERCISE_CATEGORIES } from "../domain/vocab";
import { id, optionalText, text } from "./common";

export const exerciseInput = z.object({
  name: text("Name", 80, 1),
  category: z.enum(EXERCISE_CATEGORIES, { error: "Choose a category." }),
  bodyFocus: z.array(z.enum(BODY_FOCUS)).max(BODY_FOCUS.length).default([]),
  steps: z.array(text("A step", 300, 1)).min(1, "Add at least one step.").max(12, "Use at most 12 steps."),
  dose: doseSchema,
  cautions: optionalText("Cautions", 500),
  mediaUrl: z
    .string()
    .trim()
    .max(500, "The link can be at most 500 characters.")
    .refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v), "The link must start with https://")
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type ExerciseFormInput = z.input<typeof exerciseInput>;

export const exerciseListInput = z
  .object({
    search: z.string().trim().max(80).optional(),
    category: z.enum(EXERCISE_CATEGORIES).optional(),
    focus: z.enum(BODY_FOCUS).optional(),
    includeArchived: z.boolean().optional(),
  })
  .default({});

export const exerciseUpdateInput = exerciseInput.extend({ id: id("Exercise") });
export const exerciseArchiveInput = z.object({ id: id("Exercise"), archived: z.boolean() });
