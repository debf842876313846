import { hash, verify } from "@node-rs/argon2";

// argon2id is the library default (algorithm 2); parameters follow OWASP's minimum for argon2id.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** Verifying against a fixed hash when the email is unknown keeps both answers equally slow. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("upright-timing-equaliser");
  return dummy;
}
