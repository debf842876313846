import { describe, expect, it } from "vitest";
import { LONGEST_SESSION_SECONDS, needsSeenRefresh, sessionState } from "./session-policy";

const NOW = 1_800_000_000;
const MIN = 60;
const H = 3600;

describe("sessionState", () => {
  it.each([
    ["staff, just signed in", "coach", { authAt: NOW, seenAt: NOW }, "active"],
    ["staff, 29 minutes idle", "physio", { authAt: NOW - H, seenAt: NOW - 29 * MIN }, "active"],
    ["staff, 30 minutes idle", "physio", { authAt: NOW - H, seenAt: NOW - 30 * MIN }, "idle"],
    ["staff, busy for 11h59", "admin", { authAt: NOW - 12 * H + 60, seenAt: NOW - 10 }, "active"],
    ["staff, busy for 12h", "admin", { authAt: NOW - 12 * H, seenAt: NOW - 10 }, "expired"],
    ["athlete, a week idle", "athlete", { authAt: NOW - 8 * 24 * H, seenAt: NOW - 7 * 24 * H }, "active"],
    ["athlete, 14 days idle", "athlete", { authAt: NOW - 15 * 24 * H, seenAt: NOW - 14 * 24 * H }, "idle"],
    ["athlete, 30 days in all", "athlete", { authAt: NOW - 30 * 24 * H, seenAt: NOW }, "expired"],
    ["a token without times", "coach", {}, "invalid"],
    ["times that are not numbers", "coach", { authAt: "x", seenAt: NOW }, "invalid"],
    ["seen before signed in", "coach", { authAt: NOW, seenAt: NOW - 10 }, "invalid"],
    ["signed in in the future", "coach", { authAt: NOW + 3600, seenAt: NOW + 3600 }, "invalid"],
  ] as const)("%s: %s", (_label, role, times, expected) => {
    expect(sessionState(times, role, NOW)).toBe(expected);
  });

  it("the cookie lives as long as the longest session", () => {
    expect(LONGEST_SESSION_SECONDS).toBe(30 * 24 * H);
  });

  it("writes last-seen back at most once a minute", () => {
    expect(needsSeenRefresh({ seenAt: NOW - 59 }, NOW)).toBe(false);
    expect(needsSeenRefresh({ seenAt: NOW - 60 }, NOW)).toBe(true);
  });
});
