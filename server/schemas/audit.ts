import { z } from "zod";
import { day, id } from "./common";

export const AUDIT_PAGE_SIZE = 50;

export const auditListInput = z
  .object({
    actorId: id("Person").nullish(),
    athleteId: id("Athlete").nullish(),
    /** Part of the name or email of the person who acted, or of the athlete concerned. */
    person: z.string().trim().max(100, "Person can be at most 100 characters.").nullish(),
    athlete: z.string().trim().max(100, "Athlete can be at most 100 characters.").nullish(),
    action: z.string().trim().max(60, "Action can be at most 60 characters.").regex(/^[A-Za-z.:-]*$/, "Choose an action from the list.").nullish(),
    from: day("From").nullish(),
    to: day("To").nullish(),
    /** The id of the last entry already shown: the next page is older. */
    cursor: z.number().int().positive().nullish(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "To must be on or after From." });
export type AuditListInput = z.input<typeof auditListInput>;
