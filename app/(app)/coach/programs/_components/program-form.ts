import type { z } from "zod";
import type { programFormSchema } from "./program-form-schema";

// The builder's types and helpers, apart from the schema so the page does not bring zod with it.

export type ProgramFormValues = z.input<typeof programFormSchema>;
export type ProgramFormOutput = z.output<typeof programFormSchema>;

export const lines = (text: string) =>
  text
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);

export function toProgramInput({ formCuesText, lifestyleText, ...rest }: ProgramFormOutput) {
  return { ...rest, formCues: lines(formCuesText), lifestyleNotes: lines(lifestyleText) };
}
