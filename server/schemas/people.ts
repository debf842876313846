import { z } from "zod";
import { MAX_IMPORT_CHARS } from "../domain/import-limits";
import { ROLES } from "../domain/vocab";
import { id, text } from "./common";

const role = z.enum(ROLES, { error: "Choose a role." });

export const emailField = z
  .string()
  .trim()
  .min(1, "Enter an email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter a valid email address."))
  .transform((v) => v.toLowerCase());

export const peopleListInput = z
  .object({
    q: z.string().trim().max(120).optional(),
    role: role.optional(),
    teamId: id("Team").optional(),
    status: z.enum(["active", "deactivated", "all"]).default("all"),
  })
  .optional();
export type PeopleListInput = z.input<typeof peopleListInput>;

export const inviteInput = z.object({
  name: text("Name", 120, 1),
  email: emailField,
  role,
  teamIds: z.array(id("Team")).max(50).default([]),
});
export type InviteInput = z.input<typeof inviteInput>;

export const personIdInput = z.object({ userId: id("Person") });
export const setRoleInput = z.object({ userId: id("Person"), role });
export const setActiveInput = z.object({ userId: id("Person"), active: z.boolean() });
export const setTeamsInput = z.object({ userId: id("Person"), teamIds: z.array(id("Team")).max(50) });

export const importInput = z.object({
  csv: z.string().max(MAX_IMPORT_CHARS, "The file is too large. Split it into files of at most 1,000 athletes."),
});

export const invitationIdInput = z.object({ id: id("Invitation") });
