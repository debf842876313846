import postgres from "postgres";

/** Any fixed number: the key every Upright instance locks while it migrates and seeds. */
const STARTUP_LOCK = 72_011_985;

/**
 * Runs fn while holding a PostgreSQL session advisory lock, so that instances starting together
 * migrate and seed one after the other: the second finds the work done. The lock lives on a
 * connection of its own and goes when that connection closes, even if fn throws.
 */
export async function underStartupLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const lock = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await lock`select pg_advisory_lock(${STARTUP_LOCK})`;
    return await fn();
  } finally {
    await lock.end({ timeout: 5 });
  }
}
