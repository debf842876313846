import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;

/** The shipped list (see the header of common-passwords.txt), read once. */
function commonPasswords(): Set<string> {
  if (!common) {
    const text = fs.readFileSync(path.join(process.cwd(), "server", "auth", "common-passwords.txt"), "utf8");
    common = new Set(text.split("\n").filter((line) => line && !line.startsWith("#")));
  }
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}

/** Why a new password is refused, in words for the person choosing it; null when it is fine. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `A password has at most ${PASSWORD_MAX} characters.`;
  if (isCommonPassword(password)) return "This password is one of the most used ones, so it is easy to guess. Choose another.";
  return null;
}

/**
 * For every server procedure that sets a password (change, reset, accepting an invitation).
 * Forms may check the length themselves; only the server holds the list.
 */
export const newPasswordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
