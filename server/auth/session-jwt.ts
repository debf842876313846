/**
 * next-auth's session token (a JWE: "dir" with A256GCM, keyed by HKDF of the secret), read with the
 * derived key kept per secret. next-auth's own decode derives the key again on every call, which
 * a profile of the server under load put at 2% of an API call's CPU. The format is next-auth's:
 * tokens it wrote are read here and the other way round (session-jwt.test.ts).
 */
import { createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

const keys = new Map<string, KeyObject>();

function encryptionKey(secret: string | Buffer, salt: string): KeyObject {
  const id = `${salt}\u0000${typeof secret === "string" ? secret : secret.toString("hex")}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = createSecretKey(Buffer.from(hkdfSync("sha256", secret, salt, info, 32)));
    keys.set(id, key);
  }
  return key;
}

/** A drop-in for next-auth's `decode`: the claims, or an error for a token that is forged, altered or expired. */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
