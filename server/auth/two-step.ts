import type { DbOrTx } from "../../db/client";
import { acceptStep } from "../../db/queries/two-step";
import { checkCode } from "../domain/totp";
import { logger } from "../logger";
import { openTotpSecret } from "./totp-secret";

export type CodeUse = { ok: true; step: number } | { ok: false; reason: "malformed" | "wrong" | "replayed" | "unreadable" };

/**
 * Checks a code against a person's confirmed secret and, when it is right and newer than the
 * last one used, records its step so it can never be used again.
 */
export async function consumeCode(
  db: DbOrTx,
  user: { id: string; totpSecret: string | null; totpLastStep: number | null },
  code: string,
  now: Date,
): Promise<CodeUse> {
  const secret = user.totpSecret ? openTotpSecret(user.id, user.totpSecret) : null;
  if (!secret) {
    logger.error({ userId: user.id }, "a two-step secret cannot be decrypted (was NEXTAUTH_SECRET changed?); an admin can reset it");
    return { ok: false, reason: "unreadable" };
  }
  const check = checkCode(secret, code, { nowMs: now.getTime(), lastStep: user.totpLastStep });
  if (!check.ok) return check;
  if (!(await acceptStep(db, { userId: user.id, step: check.step }))) return { ok: false, reason: "replayed" };
  return check;
}
