import { z } from "zod";
import { programInput } from "@/server/schemas/program";

/** The builder edits cues and notes as text, one per line; the API takes lists. Loaded by the form's resolver. */
export const programFormSchema = programInput.omit({ formCues: true, lifestyleNotes: true }).extend({
  formCuesText: z.string().max(3000, "Keep form cues under 3,000 characters."),
  lifestyleText: z.string().max(4000, "Keep lifestyle notes under 4,000 characters."),
});
