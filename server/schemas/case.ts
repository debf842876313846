import { z } from "zod";
import { CASE_OUTCOMES, CASE_TIERS, RETURN_TO_RUN } from "../domain/vocab";
import { day, id, text } from "./common";

export const caseIdInput = z.object({ id: id("Case") });
export const caseAssignInput = z.object({ id: id("Case"), assigneeId: id("Physiotherapist").nullable() });
export const caseNoteInput = z.object({ id: id("Case"), body: text("Note", 4000, 1), forAthlete: z.boolean().default(false) });
export const caseReturnToRunInput = z.object({
  id: id("Case"),
  status: z.enum(RETURN_TO_RUN, { error: "Choose cleared, modified training or no running." }),
  reviewDay: day("Review date").nullish(),
});
export const caseResolveInput = z.object({ id: id("Case"), outcome: z.enum(CASE_OUTCOMES, { error: "Choose an outcome." }) });
export const caseAssignmentInput = z.object({ id: id("Case"), assignmentId: id("Assignment"), status: z.enum(["active", "paused", "ended"]) });

export const triageQueueInput = z
  .object({
    tier: z.enum(CASE_TIERS, { error: "Choose emergency, same day, routine or watch." }).nullish(),
    teamId: id("Team").nullish(),
    assignedToMe: z.boolean().default(false),
  })
  .default({ assignedToMe: false });
export type TriageQueueInput = z.input<typeof triageQueueInput>;

/** The physio's forms: the same rules without the case id, and an empty date field meaning "no review date". */
export const caseNoteForm = caseNoteInput.omit({ id: true });
export const returnToRunForm = z.object({
  status: caseReturnToRunInput.shape.status,
  reviewDay: z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(day("Review date").nullable()),
});
export const caseResolveForm = caseResolveInput.omit({ id: true });
