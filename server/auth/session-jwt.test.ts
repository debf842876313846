import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "./session-jwt";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const claims = { uid: "7d1f1a2e-0000-4000-8000-000000000001", sv: 3, role: "coach", authAt: 1_700_000_000, seenAt: 1_700_000_000 };

describe("decodeSessionToken", () => {
  it("reads what next-auth writes, with the same claims as next-auth's decode", async () => {
    const token = await encode({ token: claims, secret });
    const ours = await decodeSessionToken({ token, secret });
    expect(ours).toMatchObject(claims);
    expect(ours).toEqual(await decode({ token, secret }));
  });

  it("keeps next-auth's salted keys apart from the session's", async () => {
    const token = await encode({ token: claims, secret, salt: "other" });
    await expect(decodeSessionToken({ token, secret, salt: "other" })).resolves.toMatchObject(claims);
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  it("refuses a token made with another secret, an altered token, and an expired one", async () => {
    const token = await encode({ token: claims, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}-other` })).rejects.toThrow();
    const [h, k, iv, body, tag] = token.split(".");
    const altered = [h, k, iv, `${body!.slice(0, -2)}${body!.endsWith("AA") ? "BB" : "AA"}`, tag].join(".");
    await expect(decodeSessionToken({ token: altered, secret })).rejects.toThrow();
    const expired = await encode({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
  });

  it("answers null for no token", async () => {
    await expect(decodeSessionToken({ token: undefined, secret })).resolves.toBeNull();
  });
});
