import { describe, expect, it } from "vitest";
import { normaliseCode, twoStepDue } from "./two-step-rules";

describe("normaliseCode", () => {
  it.each([
    ["123456", "123456"],
    [" 123 456 ", "123456"],
    ["123-456", "123456"],
    ["12345", null],
    ["1234567", null],
    ["12345a", null],
    ["", null],
    [null, null],
    [undefined, null],
  ])("%j gives %j", (input, expected) => {
    expect(normaliseCode(input)).toBe(expected);
  });
});

describe("twoStepDue", () => {
  it.each([
    ["coach", true, false, true],
    ["physio", true, false, true],
    ["admin", true, false, true],
    ["admin", true, true, false],
    ["coach", false, false, false],
    ["athlete", true, false, false],
  ] as const)("%s, organisation requires: %s, set up: %s → %s", (role, orgRequires, enabled, expected) => {
    expect(twoStepDue({ role, orgRequires, enabled })).toBe(expected);
  });
});
