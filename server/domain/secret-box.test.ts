import { describe, expect, it } from "vitest";
import { deriveKey, open, seal } from "./secret-box";

const MASTER = "test-only-master-secret-0123456789abcdef";
const KEY = deriveKey(MASTER, "upright/totp-secret/v1");
const ROW = "7f6c2f2e-5a43-4b8e-9d40-0c1c2d3e4f50";

describe("deriveKey", () => {
  it("gives 32 bytes, the same for the same master and purpose", () => {
    expect(KEY).toHaveLength(32);
    expect(deriveKey(MASTER, "upright/totp-secret/v1").equals(KEY)).toBe(true);
  });

  it.each([
    ["another purpose", MASTER, "upright/other/v1"],
    ["another master secret", `${MASTER}!`, "upright/totp-secret/v1"],
  ])("differs for %s", (_label, master, purpose) => {
    expect(deriveKey(master, purpose).equals(KEY)).toBe(false);
  });

  it("refuses a master secret under 32 characters", () => {
    expect(() => deriveKey("short", "upright/totp-secret/v1")).toThrow(/at least 32/);
  });
});

describe("seal and open", () => {
  const sealed = seal(KEY, "JBSWY3DPEHPK3PXP", ROW);

  it("opens what it sealed, and never shows the plaintext", () => {
    expect(open(KEY, sealed, ROW)).toBe("JBSWY3DPEHPK3PXP");
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
  });

  it("uses a fresh IV each time", () => {
    expect(seal(KEY, "JBSWY3DPEHPK3PXP", ROW)).not.toBe(sealed);
  });

  const flip = (s: string, at: number) => {
    const raw = Buffer.from(s.slice(3), "base64url");
    raw[at] = raw[at]! ^ 1;
    return `v1.${raw.toString("base64url")}`;
  };

  it.each([
    ["another key", () => open(deriveKey(`${MASTER}!`, "upright/totp-secret/v1"), sealed, ROW)],
    ["another row", () => open(KEY, sealed, "00000000-0000-4000-8000-000000000000")],
    ["a changed IV", () => open(KEY, flip(sealed, 0), ROW)],
    ["a changed tag", () => open(KEY, flip(sealed, 12), ROW)],
    ["a changed ciphertext", () => open(KEY, flip(sealed, 30), ROW)],
    ["another version", () => open(KEY, sealed.replace(/^v1/, "v2"), ROW)],
    ["a plain value", () => open(KEY, "JBSWY3DPEHPK3PXP", ROW)],
    ["a truncated value", () => open(KEY, sealed.slice(0, 20), ROW)],
    ["an empty value", () => open(KEY, "", ROW)],
  ])("refuses %s", (_label, attempt) => {
    expect(attempt()).toBeNull();
  });
});
