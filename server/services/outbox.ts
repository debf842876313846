/**
 * Sends the emails waiting in the outbox. Messages are written in the same transaction as the
 * case change that causes them, so nothing is lost to a crash; this sender delivers them at
 * least once, retrying with growing waits while the SMTP server is away. With no SMTP server
 * configured it sends nothing and the messages keep waiting.
 */
import nodemailer from "nodemailer";
import type { Db } from "../../db/client";
import { claimDueEmails, markEmailSent, type OutboxRow, postponeEmails, recordEmailFailure } from "../../db/queries/outbox";
import { afterFailedAttempt, CLAIM_LEASE_MS, describeSendError } from "../domain/outbox";
import { env } from "../env";
import { logger } from "../logger";

export type SmtpSettings = { host: string; port: number; secure: boolean; user: string | null; password: string | null; from: string };

/** The SMTP server from the environment, or null when email is off. */
export function smtpSettings(): SmtpSettings | null {
  const e = env();
  if (!e.SMTP_HOST) return null;
  const secure = e.SMTP_SECURE === "true";
  return { host: e.SMTP_HOST, port: e.SMTP_PORT ?? (secure ? 465 : 587), secure, user: e.SMTP_USER ?? null, password: e.SMTP_PASSWORD ?? null, from: e.SMTP_FROM };
}

export function emailEnabled(): boolean {
  return smtpSettings() !== null;
}

export type SendResult = { enabled: boolean; sent: number; retrying: number; failed: number };

// Errors that say the server itself cannot be used: the other messages would fail the same way.
const SERVER_ERRORS = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "EAUTH", "ETLS", "ECONNREFUSED"]);
const BATCH = 25;
const MAX_BATCHES = 20;

export async function sendDueEmails(db: Db, opts: { now?: () => Date; smtp?: SmtpSettings | null } = {}): Promise<SendResult> {
  const smtp = opts.smtp === undefined ? smtpSettings() : opts.smtp;
  const result: SendResult = { enabled: smtp !== null, sent: 0, retrying: 0, failed: 0 };
  if (!smtp) return result;
  const now = opts.now ?? (() => new Date());
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
    // A hanging server must not hold the sender (and its claimed messages) for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  try {
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const claimed = await claimDueEmails(db, { now: now(), limit: BATCH, leaseMs: CLAIM_LEASE_MS });
      const serverDown = await sendBatch(db, transport, smtp.from, claimed, now, result);
      if (serverDown || claimed.length < BATCH) break;
    }
  } finally {
    transport.close();
  }
  if (result.sent + result.retrying + result.failed > 0) logger.info({ ...result }, "email outbox");
  return result;
}

/** Sends one claimed batch; true when the server is unusable and the rest was postponed. */
async function sendBatch(db: Db, transport: nodemailer.Transporter, from: string, rows: OutboxRow[], now: () => Date, result: SendResult) {
  for (const [i, row] of rows.entries()) {
    try {
      await transport.sendMail({ from, to: row.toAddress, subject: row.subject, text: row.body });
      await markEmailSent(db, { id: row.id, now: now() });
      result.sent++;
    } catch (err) {
      const next = afterFailedAttempt(row.attempts, now());
      const lastError = describeSendError(err);
      await recordEmailFailure(db, { id: row.id, ...next, lastError });
      result[next.status === "failed" ? "failed" : "retrying"]++;
      logger.warn({ emailId: row.id, attempts: next.attempts, error: lastError }, "email not sent");
      const code = (err as { code?: unknown }).code;
      if (typeof code === "string" && SERVER_ERRORS.has(code)) {
        await postponeEmails(db, { ids: rows.slice(i + 1).map((r) => r.id), until: next.nextAttemptAt });
        return true;
      }
    }
  }
  return false;
}
