import { z } from "zod";

/** Shared by the sign-in form and the server so both give the same field messages. */
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(254, "An email address has at most 254 characters.")
    .email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(128, "A password has at most 128 characters."),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The error next-auth passes to the form when the attempt limit is reached. */
export const THROTTLED_ERROR = "TooManyAttempts";
