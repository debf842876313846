import { z } from "zod";
import { normaliseCode } from "../domain/two-step-rules";

const codeField = z
  .string()
  .trim()
  .min(1, "Enter the 6-digit code from your authenticator app.")
  .max(20, "The code has 6 digits.")
  .refine((v) => normaliseCode(v) !== null, "The code has 6 digits.");

export const twoStepCodeInput = z.object({ code: codeField });
export type TwoStepCodeInput = z.infer<typeof twoStepCodeInput>;

export const twoStepDisableInput = z.object({
  password: z.string().min(1, "Enter your password.").max(128, "A password has at most 128 characters."),
  code: codeField,
});
export type TwoStepDisableInput = z.infer<typeof twoStepDisableInput>;

export const staffTwoStepInput = z.object({ required: z.boolean() });
