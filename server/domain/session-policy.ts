import type { Role } from "./vocab";

/**
 * How long a sign-in lasts. Staff see many people's health data, often on shared clinic or
 * club computers: 30 minutes idle, 12 hours in all. Athletes see only their own data, mostly
 * on their own phone, and report pain in a few taps; being signed out every day would make
 * them stop reporting, so they get 14 days idle and 30 days in all.
 */
export type SessionLimits = { idleSeconds: number; absoluteSeconds: number };

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SESSION_LIMITS: Record<Role, SessionLimits> = {
  admin: { idleSeconds: 30 * MINUTE, absoluteSeconds: 12 * HOUR },
  coach: { idleSeconds: 30 * MINUTE, absoluteSeconds: 12 * HOUR },
  physio: { idleSeconds: 30 * MINUTE, absoluteSeconds: 12 * HOUR },
  athlete: { idleSeconds: 14 * DAY, absoluteSeconds: 30 * DAY },
};

/** The longest any session may live: the cookie's own lifetime. */
export const LONGEST_SESSION_SECONDS = Math.max(...Object.values(SESSION_LIMITS).map((l) => l.absoluteSeconds));

/** Last-seen is written back at most this often, so a burst of requests re-signs the cookie once. */
export const SEEN_REFRESH_SECONDS = 60;

export type SessionTimes = { authAt?: unknown; seenAt?: unknown };
export type SessionState = "active" | "idle" | "expired" | "invalid";

/** Times are seconds since the epoch, as in JWT claims. */
export function sessionState(times: SessionTimes, role: Role, nowSeconds: number): SessionState {
  const { authAt, seenAt } = times;
  if (typeof authAt !== "number" || typeof seenAt !== "number" || !Number.isFinite(authAt) || !Number.isFinite(seenAt)) return "invalid";
  // A clock that runs backwards by more than a minute means a forged or broken token.
  if (authAt > nowSeconds + MINUTE || seenAt > nowSeconds + MINUTE || seenAt < authAt) return "invalid";
  const limits = SESSION_LIMITS[role];
  if (nowSeconds - authAt >= limits.absoluteSeconds) return "expired";
  if (nowSeconds - seenAt >= limits.idleSeconds) return "idle";
  return "active";
}

export function needsSeenRefresh(times: SessionTimes, nowSeconds: number): boolean {
  return typeof times.seenAt === "number" && nowSeconds - times.seenAt >= SEEN_REFRESH_SECONDS;
}

export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
