import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Small secrets kept encrypted at rest: AES-256-GCM with a key derived by HKDF-SHA-256 from the
 * app's master secret, one key per purpose. The additional data binds a ciphertext to its row
 * (a user id), so a value copied onto another row does not open.
 *
 * Format: "v1." + base64url(iv[12] | tag[16] | ciphertext).
 */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function deriveKey(master: string, purpose: string): Buffer {
  if (master.length < 32) throw new Error("the master secret must be at least 32 characters");
  return Buffer.from(hkdfSync("sha256", Buffer.from(master, "utf8"), Buffer.from("upright", "utf8"), Buffer.from(purpose, "utf8"), 32));
}

export function seal(key: Buffer, plaintext: string, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The plaintext, or null when the value was altered, belongs to another row or another key. */
export function open(key: Buffer, sealed: string, aad: string): string | null {
  const [version, payload, ...rest] = sealed.split(".");
  if (version !== VERSION || !payload || rest.length > 0) return null;
  const raw = Buffer.from(payload, "base64url");
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
