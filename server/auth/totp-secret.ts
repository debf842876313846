import { deriveKey, open, seal } from "../domain/secret-box";
import { env } from "../env";

/** Changing the purpose (or NEXTAUTH_SECRET) makes every stored secret unreadable: see SECURITY.md. */
const PURPOSE = "upright/totp-secret/v1";

let cached: { master: string; key: Buffer } | undefined;

function key(): Buffer {
  const master = env().NEXTAUTH_SECRET;
  if (!master) throw new Error("NEXTAUTH_SECRET is not set: two-step sign-in needs it to encrypt its secrets.");
  if (cached?.master !== master) cached = { master, key: deriveKey(master, PURPOSE) };
  return cached.key;
}

/** Encrypted at rest, bound to the person's id. */
export function sealTotpSecret(userId: string, secret: string): string {
  return seal(key(), secret, userId);
}

/** The base32 secret, or null when it cannot be read (another NEXTAUTH_SECRET, or altered). */
export function openTotpSecret(userId: string, sealed: string): string | null {
  return open(key(), sealed, userId);
}
