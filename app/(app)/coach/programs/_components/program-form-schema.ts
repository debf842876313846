import { z } from "zod";
import { programInput } from "@/server/schemas/program";

/** The builder edits cues and notes as text, one per line; the API takes lists. */
export const programFormSchema = programInput.omit({ formCues: true, lifestyleNotes: true }).extend({
  formCuesText: z.string().max(3000, "Keep form cues under 3,000 characters."),
  lifestyleText: z.string().max(4000, "Keep lifestyle notes under 4,000 characters."),
});
export type ProgramFormValues = z.input<typeof programFormSchema>;

export const lines = (text: string) =>
  text
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);

export function toProgramInput({ formCuesText, lifestyleText, ...rest }: z.output<typeof programFormSchema>) {
  return { ...rest, formCues: lines(formCuesText), lifestyleNotes: lines(lifestyleText) };
}
