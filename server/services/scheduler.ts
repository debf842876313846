/**
 * The scheduled check: at start and every hour. Several app instances may share one
 * PostgreSQL database, so each run first takes a transaction-scoped advisory lock and an
 * instance that does not get it skips the run; the work itself is idempotent, so a run
 * repeated soon after changes nothing. Waiting emails are also sent every minute, since an
 * emergency email must not wait for the hour. After each check the adherence store is warmed
 * (adherence-warmup.ts), so that the first dashboard of a new day finds it filled.
 */
import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../db/client";
import { CHECK_INTERVAL_MS, OUTBOX_INTERVAL_MS } from "../domain/scheduled-check";
import { logger } from "../logger";
import { warmAdherenceStore } from "./adherence-warmup";
import { type SendResult, type SmtpSettings, sendDueEmails } from "./outbox";
import { checkAthletes, notifyOverdueCases } from "./scheduled-check";

// The two-key form keeps this lock apart from the per-athlete case locks (one bigint key each).
const TRY_LOCK = sql`select pg_try_advisory_xact_lock(hashtext('upright'), hashtext('scheduled-check')) as locked`;

export type CheckResult =
  | { ran: false }
  | { ran: true; athletesChecked: number; athletesFlagged: number; athletesFailed: number; overdueCases: number; emails: SendResult };

/** One scheduled check. `now` and `smtp` are for tests; by default the clock and the environment. */
export async function runScheduledCheck(db: Db, opts: { now?: Date; smtp?: SmtpSettings | null } = {}): Promise<CheckResult> {
  const now = opts.now ?? new Date();
  const work = await db.transaction(async (tx) => {
    const [lock] = rowsOf<{ locked: boolean }>(await tx.execute(TRY_LOCK));
    if (!lock?.locked) return null;
    const athletes = await checkAthletes(tx, now);
    const overdueCases = await notifyOverdueCases(tx, now);
    return { athletesChecked: athletes.checked, athletesFlagged: athletes.flagged, athletesFailed: athletes.failed, overdueCases };
  });
  if (!work) {
    logger.info("scheduled check skipped: another instance is running it");
    return { ran: false };
  }
  // After the commit: the emails the check queued are in the outbox now, and sending holds no lock.
  const emails = await sendDueEmails(db, { smtp: opts.smtp, ...(opts.now ? { now: () => now } : {}) });
  logger.info({ ...work, emailsSent: emails.sent }, "scheduled check done");
  return { ran: true, ...work, emails };
}

type Scheduler = { stop: () => void };
const g = globalThis as unknown as { __uprightScheduler?: Scheduler };

/** Starts the timers once per process; they never keep the process alive on their own. `smtp` is for tests. */
export function startScheduler(database: () => Promise<Db>, opts: { smtp?: SmtpSettings | null } = {}): Scheduler {
  if (g.__uprightScheduler) return g.__uprightScheduler;
  let checking = false;
  let sending = false;
  let warming = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      await runScheduledCheck(await database(), { smtp: opts.smtp });
    } catch (err) {
      logger.error({ err }, "scheduled check failed");
    } finally {
      checking = false;
    }
    void warm();
  };
  // Apart from the check, so that emails keep going out every minute while a large club warms.
  const warm = async () => {
    if (warming) return;
    warming = true;
    try {
      const t0 = performance.now();
      const warmed = await warmAdherenceStore(await database());
      logger.info({ ...warmed, ms: Math.round(performance.now() - t0) }, "adherence store warmed");
    } catch (err) {
      logger.error({ err }, "warming the adherence store failed");
    } finally {
      warming = false;
    }
  };
  const send = async () => {
    if (checking || sending) return;
    sending = true;
    try {
      await sendDueEmails(await database(), { smtp: opts.smtp });
    } catch (err) {
      logger.error({ err }, "sending waiting emails failed");
    } finally {
      sending = false;
    }
  };
  const timers = [setInterval(() => void check(), CHECK_INTERVAL_MS), setInterval(() => void send(), OUTBOX_INTERVAL_MS)];
  for (const timer of timers) timer.unref();
  void check();
  const scheduler = {
    stop: () => {
      for (const timer of timers) clearInterval(timer);
      g.__uprightScheduler = undefined;
    },
  };
  g.__uprightScheduler = scheduler;
  return scheduler;
}
