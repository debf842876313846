import { describe, expect, it } from "vitest";
import { isCommonPassword, newPasswordSchema, passwordProblem } from "../auth/password-policy";

describe("new passwords", () => {
  it.each([
    ["short", "Use at least 12 characters."],
    ["x".repeat(129), "A password has at most 128 characters."],
    ["qwerty123456", "one of the most used"],
    ["QAZWSXEDCRFV", "one of the most used"],
    ["1qaz2wsx3edc", "one of the most used"],
  ])("refuses %s", (password, message) => {
    expect(passwordProblem(password)).toContain(message);
    expect(newPasswordSchema.safeParse(password).success).toBe(false);
  });

  it.each(["upright-demo-pass", "correct horse battery", "x".repeat(128), "twelve chars"])("accepts %s", (password) => {
    expect(passwordProblem(password)).toBeNull();
    expect(newPasswordSchema.safeParse(password).success).toBe(true);
  });

  it("ships 10,000 passwords, most common first", () => {
    expect(isCommonPassword("123456")).toBe(true);
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("# The 10,000 most common passwords, most common first, lower-cased.")).toBe(false);
  });
});
