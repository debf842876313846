import { describe, expect, it } from "vitest";
import { linkExpiry, linkState } from "./invitation";

const now = new Date("2026-11-22T10:00:00Z");
const later = new Date("2026-11-29T10:00:00Z");

describe("linkExpiry", () => {
  it("is exactly seven days later", () => expect(linkExpiry(now)).toEqual(later));
});

describe("linkState", () => {
  it.each([
    ["open", { usedAt: null, revokedAt: null, expiresAt: later }, now],
    ["expired", { usedAt: null, revokedAt: null, expiresAt: later }, later],
    ["used", { usedAt: now, revokedAt: null, expiresAt: later }, now],
    ["used", { usedAt: now, revokedAt: now, expiresAt: now }, later],
    ["revoked", { usedAt: null, revokedAt: now, expiresAt: now }, later],
  ] as const)("%s", (state, link, at) => {
    expect(linkState(link, at)).toBe(state);
  });
});
