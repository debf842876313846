import { timingSafeEqual } from "node:crypto";
import { authenticator } from "otplib";
import { normaliseCode } from "./two-step-rules";

/**
 * Time-based one-time codes (RFC 6238 as authenticator apps use them: SHA-1, 6 digits, 30 s).
 * Pure: the time and the last accepted step are passed in, so every rule is tested without a clock.
 */
export const TOTP_STEP_SECONDS = 30;
/** A code of the step before or after the current one is accepted too (phone clocks drift). */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = "Upright";

/** The 30-second step a moment falls in. */
export function stepAt(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOTP_STEP_SECONDS);
}

/** The code an authenticator app shows during `step`. */
export function codeForStep(secret: string, step: number): string {
  return authenticator.clone({ epoch: step * TOTP_STEP_SECONDS * 1000 }).generate(secret);
}

export type CodeCheck = { ok: true; step: number } | { ok: false; reason: "malformed" | "wrong" | "replayed" };

/**
 * Accepts a code of the current step or one step either side, unless that step is not later
 * than the last step accepted for this person (a code is never accepted twice, nor an older one
 * once a newer one was used). Compares every candidate in constant time.
 */
export function checkCode(secret: string, input: string, opts: { nowMs: number; lastStep: number | null }): CodeCheck {
  const code = normaliseCode(input);
  if (!code) return { ok: false, reason: "malformed" };
  const current = stepAt(opts.nowMs);
  let matched: number | null = null;
  for (let delta = -TOTP_WINDOW; delta <= TOTP_WINDOW; delta++) {
    const step = current + delta;
    if (timingSafeEqual(Buffer.from(codeForStep(secret, step)), Buffer.from(code)) && matched === null) matched = step;
  }
  if (matched === null) return { ok: false, reason: "wrong" };
  if (opts.lastStep !== null && matched <= opts.lastStep) return { ok: false, reason: "replayed" };
  return { ok: true, step: matched };
}

/** A new shared secret: 20 random bytes (160 bits, as RFC 4226 recommends), base32. */
export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

/** The otpauth:// address a QR code carries and phone apps open. */
export function otpauthUri(secret: string, account: string): string {
  return authenticator.keyuri(account, TOTP_ISSUER, secret);
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
