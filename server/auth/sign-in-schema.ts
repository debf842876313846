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

/** The error next-auth passes to the form when the attempt limit is reached. */
export const THROTTLED_ERROR = "TooManyAttempts";
