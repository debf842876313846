import { z } from "zod";
import { isValidTimeZone } from "../domain/calendar";
import { WEEKDAYS } from "../domain/vocab";
import { text } from "./common";

export const timeZoneField = z.string().refine(isValidTimeZone, "Choose a time zone from the list.");

export const newPasswordField = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(128, "A password has at most 128 characters.");

export const accountUpdateInput = z.object({
  name: text("Name", 120, 1).optional(),
  /** null: follow the organisation's time zone. */
  timeZone: timeZoneField.nullable().optional(),
});

export const passwordChangeInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(128, "A password has at most 128 characters."),
  newPassword: newPasswordField,
});

/** The form adds a confirmation the server does not need. */
export const passwordChangeForm = passwordChangeInput
  .extend({ confirm: z.string() })
  .refine((v) => v.confirm === v.newPassword, { path: ["confirm"], message: "The two new passwords are not the same." });
export type PasswordChangeForm = z.infer<typeof passwordChangeForm>;

export const setPasswordForm = z
  .object({ password: newPasswordField, confirm: z.string() })
  .refine((v) => v.confirm === v.password, { path: ["confirm"], message: "The two passwords are not the same." });
export type SetPasswordForm = z.infer<typeof setPasswordForm>;

export const athleteProfileInput = z.object({
  runDays: z
    .array(z.number().int().min(1, "Days run from 1 (Monday) to 7 (Sunday).").max(7, "Days run from 1 (Monday) to 7 (Sunday)."))
    .max(WEEKDAYS.length)
    .refine((days) => new Set(days).size === days.length, "Pick each day once.")
    .optional(),
  historyOfBackProblems: z.boolean().optional(),
  coachSeesPainDetails: z.boolean().optional(),
});

/** The account page's profile form: the name, and a time zone that may be left to the organisation's (""). */
export const profileForm = z.object({ name: text("Name", 120, 1), timeZone: z.string() });
export type ProfileForm = z.infer<typeof profileForm>;
