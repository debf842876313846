import { describe, expect, it } from "vitest";
import { checkCode, codeForStep, groupSecret, newTotpSecret, otpauthUri, stepAt } from "./totp";

/** RFC 6238 appendix B: the ASCII secret "12345678901234567890", in base32. */
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const T = 1_800_000_015_000; // 15 s into a step
const NOW_STEP = stepAt(T);

describe("codeForStep", () => {
  // The RFC's 8-digit SHA-1 values, last six digits (apps show six).
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1111111111, "050471"],
    [1234567890, "005924"],
    [2000000000, "279037"],
    [20000000000, "353130"],
  ])("at %i s gives %s (RFC 6238 test vectors)", (seconds, code) => {
    expect(codeForStep(RFC_SECRET, stepAt(seconds * 1000))).toBe(code);
  });
});

describe("stepAt", () => {
  it.each([
    [0, 0],
    [29_999, 0],
    [30_000, 1],
    [59_999, 1],
    [1_800_000_000_000, 60_000_000],
  ])("%i ms is step %i", (ms, step) => {
    expect(stepAt(ms)).toBe(step);
  });
});

describe("checkCode", () => {
  const at = (delta: number) => codeForStep(SECRET, NOW_STEP + delta);
  it.each([
    ["the current code", at(0), null, { ok: true, step: NOW_STEP }],
    ["the previous step's code", at(-1), null, { ok: true, step: NOW_STEP - 1 }],
    ["the next step's code", at(1), null, { ok: true, step: NOW_STEP + 1 }],
    ["a code two steps old", at(-2), null, { ok: false, reason: "wrong" }],
    ["a code two steps ahead", at(2), null, { ok: false, reason: "wrong" }],
    ["the current code with spaces", `${at(0).slice(0, 3)} ${at(0).slice(3)}`, null, { ok: true, step: NOW_STEP }],
    ["the current code, already used", at(0), NOW_STEP, { ok: false, reason: "replayed" }],
    ["the previous code after the current one was used", at(-1), NOW_STEP, { ok: false, reason: "replayed" }],
    ["the next code after the current one was used", at(1), NOW_STEP, { ok: true, step: NOW_STEP + 1 }],
    ["the current code after an older one was used", at(0), NOW_STEP - 1, { ok: true, step: NOW_STEP }],
    ["letters", "abcdef", null, { ok: false, reason: "malformed" }],
    ["five digits", "12345", null, { ok: false, reason: "malformed" }],
  ] as const)("%s", (_label, code, lastStep, expected) => {
    expect(checkCode(SECRET, code, { nowMs: T, lastStep })).toEqual(expected);
  });

  it("refuses a code of another secret", () => {
    const other = newTotpSecret();
    const code = codeForStep(other, NOW_STEP);
    // One chance in a million that two secrets share a code at one step: try a second step then.
    const result = checkCode(SECRET, code, { nowMs: T, lastStep: null });
    if (result.ok) expect(codeForStep(SECRET, result.step)).toBe(code);
    else expect(result).toEqual({ ok: false, reason: "wrong" });
  });
});

describe("secrets and addresses", () => {
  it("makes a new 160-bit base32 secret each time", () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
  });

  it("groups the secret by four for typing", () => {
    expect(groupSecret("ABCDEFGHIJKLMNOPQRST")).toBe("ABCD EFGH IJKL MNOP QRST");
    expect(groupSecret("ABCDEF")).toBe("ABCD EF");
  });

  it("names Upright and the account in the otpauth address", () => {
    expect(otpauthUri(SECRET, "coach@riverside.example")).toBe(
      `otpauth://totp/Upright:coach%40riverside.example?secret=${SECRET}&period=30&digits=6&algorithm=SHA1&issuer=Upright`,
    );
  });
});
