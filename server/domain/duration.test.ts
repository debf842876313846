import { describe, expect, it } from "vitest";
import { describeMinutes } from "./duration";

describe("describeMinutes", () => {
  it.each([
    [1, "1 minute"],
    [60, "1 hour"],
    [90, "1 hour 30 minutes"],
    [1440, "1 day"],
    [4320, "3 days"],
    [10_080, "7 days"],
    [1501, "1 day 1 hour 1 minute"],
    [0, ""],
    [Number.NaN, ""],
  ])("%s → %j", (minutes, text) => {
    expect(describeMinutes(minutes)).toBe(text);
  });
});
