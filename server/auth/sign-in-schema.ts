// zod/mini: the sign-in page is the first page most people load, and the mini build is a
// fraction of the size of classic zod for the same checks and messages.
import { z } from "zod/mini";

/** Shared by the sign-in form and the server so both give the same field messages. */
export const signInSchema = z.object({
  email: z.string().check(
    z.trim(),
    z.minLength(1, "Enter your email address."),
    z.maxLength(254, "An email address has at most 254 characters."),
    z.regex(z.regexes.email, "Enter a valid email address."),
  ),
  password: z.string().check(z.minLength(1, "Enter your password."), z.maxLength(128, "A password has at most 128 characters.")),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The form's second step, for accounts with two-step sign-in. */
export const twoStepCodeSchema = z.object({
  code: z.string().check(
    z.trim(),
    z.minLength(1, "Enter the 6-digit code from your authenticator app."),
    z.refine((v) => /^\d{6}$/.test(v.replace(/[\s-]/g, "")), "The code has 6 digits."),
  ),
});
export type TwoStepCodeInput = z.infer<typeof twoStepCodeSchema>;

/** What the server accepts: the password step, and the code once the form asks for it. */
export const signInRequestSchema = z.extend(signInSchema, {
  code: z.pipe(
    z.optional(z.string().check(z.maxLength(20))),
    z.transform((v: string | undefined) => (v && v.trim() !== "" ? v : undefined)),
  ),
});
