import { describe, expect, it } from "vitest";
import { clientAddress } from "../auth/client-address";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("the client's address from X-Forwarded-For", () => {
  it("is unknown unless the app is told a reverse proxy stands in front (the client could write the header)", () => {
    expect(clientAddress(xff("203.0.113.9"), 0)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, 0)).toBeNull();
  });

  it.each([
    // one proxy appending the address it saw: whatever the client wrote stays on the left
    ["198.51.100.7", 1, "198.51.100.7"],
    ["6.6.6.6, 198.51.100.7", 1, "198.51.100.7"],
    ["6.6.6.6,198.51.100.7 , ", 1, "198.51.100.7"],
    // a CDN, then nginx: the CDN appended the client, nginx the CDN
    ["6.6.6.6, 198.51.100.7, 192.0.2.10", 2, "198.51.100.7"],
    // fewer entries than proxies: the leftmost one
    ["198.51.100.7", 2, "198.51.100.7"],
  ])("%s with %i proxies -> %s", (header, proxies, expected) => {
    expect(clientAddress(xff(header), proxies)).toBe(expected);
  });

  it("answers null for a missing or empty header, and keeps at most 64 characters", () => {
    expect(clientAddress(new Headers(), 1)).toBeNull();
    expect(clientAddress(xff(" , "), 1)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": ["6.6.6.6", "198.51.100.7"] }, 1)).toBe("198.51.100.7");
    expect(clientAddress(xff("x".repeat(100)), 1)).toHaveLength(64);
  });

  it("reads TRUST_PROXY when not told", () => {
    // The test environment sets no TRUST_PROXY: the header is ignored.
    expect(clientAddress(xff("198.51.100.7"))).toBeNull();
  });
});
