/**
 * Retry policy of the email outbox. Emails wait in the database until an SMTP server takes
 * them; a failed attempt is retried later, each wait twice the one before, up to a cap, so a
 * short outage costs minutes and a long one does not hammer the server.
 */

/** Wait after the first failed attempt. */
export const FIRST_RETRY_MS = 60_000;
/** Longest wait between two attempts. */
export const MAX_RETRY_MS = 2 * 60 * 60_000;
/**
 * Attempts before a message is marked failed. With the waits above the last attempt falls
 * about 29 hours after the first, so an outage of a day still delivers.
 */
export const MAX_ATTEMPTS = 20;
/**
 * How long a claimed message is reserved for the sender that claimed it. A sender that
 * crashes mid-send leaves the message pending; it is tried again once the lease runs out.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

/** Wait before the next attempt, after `attempts` failed attempts (1 or more). */
export function retryDelayMs(attempts: number): number {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a whole number of at least 1, got ${attempts}`);
  // 2 ** 30 already exceeds the cap; stopping the exponent there avoids Infinity.
  return Math.min(FIRST_RETRY_MS * 2 ** Math.min(attempts - 1, 30), MAX_RETRY_MS);
}

export type AfterFailure =
  | { status: "pending"; attempts: number; nextAttemptAt: Date }
  | { status: "failed"; attempts: number; nextAttemptAt: Date };

/** What a message becomes after one more failed attempt at `now`. */
export function afterFailedAttempt(previousAttempts: number, now: Date, maxAttempts = MAX_ATTEMPTS): AfterFailure {
  const attempts = previousAttempts + 1;
  if (attempts >= maxAttempts) return { status: "failed", attempts, nextAttemptAt: now };
  return { status: "pending", attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

/** A short, single-line error for the outbox row: enough to diagnose, never a whole stack. */
export function describeSendError(err: unknown): string {
  if (!(err instanceof Error)) return String(err).slice(0, 300);
  const code = (err as { code?: unknown }).code;
  const line = err.message.split("\n")[0] ?? "";
  return (typeof code === "string" && !line.includes(code) ? `${code}: ${line}` : line).slice(0, 300);
}

/** A link an email reader can follow: the app's own address in front of an in-app path, when known. */
export function emailLink(appUrl: string | undefined, path: string): string {
  if (!appUrl) return path;
  return new URL(path, appUrl.endsWith("/") ? appUrl : `${appUrl}/`).toString();
}
