import { describe, expect, it } from "vitest";
import { hoursLabel } from "./durations";

describe("hoursLabel", () => {
  it.each([
    [null, "—"],
    [0, "1 min"],
    [0.25, "15 min"],
    [2, "2 h"],
    [6.04, "6 h"],
    [7.25, "7.3 h"],
    [15, "15 h"],
    [47.6, "48 h"],
    [48, "2 d"],
    [75.4, "3 d 3 h"],
  ] as const)("%s hours", (h, label) => {
    expect(hoursLabel(h)).toBe(label);
  });
});
