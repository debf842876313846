import { eq, inArray, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { claimDueEmails } from "../../db/queries/outbox";
import { queueEmail } from "../../db/queries/notifications";
import { emailOutbox } from "../../db/schema";
import { useTestDatabase } from "../../test/db";
import { demoIds } from "../../test/fixtures";
import { startSmtpServer, type TestSmtpServer } from "../../test/smtp";
import { CLAIM_LEASE_MS, FIRST_RETRY_MS, MAX_ATTEMPTS } from "../domain/outbox";
import { newAthlete } from "../../test/athletes";
import { DEFAULT_ACK_DEADLINES } from "../domain/escalation";
import { escalate } from "./escalation";
import { sendDueEmails } from "./outbox";

const t = useTestDatabase();
const servers: TestSmtpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function smtp(port?: number) {
  const server = await startSmtpServer(port);
  servers.push(server);
  return server;
}

/** Queues messages with unique subjects and returns their ids. */
async function queue(label: string, to: string[]) {
  const { riversideOrg } = await demoIds(t.db);
  await queueEmail(t.db, { orgId: riversideOrg, to, subject: `[test] ${label}`, body: `Body of ${label}` });
  return t.db.select().from(emailOutbox).where(eq(emailOutbox.subject, `[test] ${label}`));
}

const rowsById = (ids: string[]) => t.db.select().from(emailOutbox).where(inArray(emailOutbox.id, ids));
const pending = () => t.db.select().from(emailOutbox).where(eq(emailOutbox.status, "pending"));
const at = (base: Date, ms: number) => () => new Date(base.getTime() + ms);
/**
 * A clock 1 ms ahead: a message's due time has microseconds and a Date only milliseconds, so a
 * sender ticking within the millisecond the message was queued would, rightly, not see it due yet.
 */
const justAfter = () => new Date(Date.now() + 1);

describe("email outbox", () => {
  it("keeps every message pending while no SMTP server is configured", async () => {
    const before = await pending();
    expect(before.length).toBeGreaterThan(0); // the seeded same-day cases queued emails
    expect(await sendDueEmails(t.db, { smtp: null })).toEqual({ enabled: false, sent: 0, retrying: 0, failed: 0 });
    const after = await pending();
    expect(after).toEqual(before);
  });

  it("delivers every due message once and marks it sent", async () => {
    const server = await smtp();
    const mine = await queue("delivery", ["physio@riverside.example", "physio2@riverside.example"]);
    const due = await pending();
    const result = await sendDueEmails(t.db, { smtp: server.settings(), now: justAfter });
    expect(result).toEqual({ enabled: true, sent: due.length, retrying: 0, failed: 0 });
    expect(server.received).toHaveLength(due.length);
    expect(server.received.filter((m) => m.subject === "[test] delivery").flatMap((m) => m.to).sort()).toEqual([
      "physio2@riverside.example",
      "physio@riverside.example",
    ]);
    expect(server.received[0]?.from).toBe("no-reply@upright.test");
    for (const row of await rowsById(mine.map((r) => r.id))) {
      expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
      expect(row.sentAt).toBeInstanceOf(Date);
    }
    expect(await pending()).toEqual([]);
    expect((await sendDueEmails(t.db, { smtp: server.settings() })).sent).toBe(0);
    expect(server.received).toHaveLength(due.length);
  });

  it("emails every physio about an emergency case, without clinical detail", async () => {
    const server = await smtp();
    const ids = await demoIds(t.db);
    const a = await newAthlete(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, name: "Emergency Test" });
    const reason = "Chest pain, breathlessness or sweating together with the back pain, reported today.";
    await t.db.transaction((tx) =>
      escalate(tx, {
        orgId: a.orgId,
        athleteId: a.id,
        athleteName: a.name,
        triggers: [{ ruleId: "chest-breathless-sweating", tier: "emergency", reason, basis: "b", reportId: null }],
        deadlines: DEFAULT_ACK_DEADLINES,
        now: new Date(),
      }),
    );
    await sendDueEmails(t.db, { smtp: server.settings(), now: justAfter });
    const mails = server.received.filter((m) => m.subject === "[Upright] New emergency case: Emergency Test");
    expect(mails.flatMap((m) => m.to).sort()).toEqual(["physio2@riverside.example", "physio@riverside.example"]);
    for (const m of mails) {
      expect(m.raw).toMatch(/\/triage\/cases\/[0-9a-f-]{36}/);
      expect(m.raw).not.toContain("Chest pain");
    }
  });

  it("retries after an outage with a growing wait and delivers exactly once", async () => {
    const probe = await smtp();
    const port = probe.port;
    await probe.stop();
    servers.splice(servers.indexOf(probe), 1);
    const [first, second] = [...(await queue("outage-1", ["coach@riverside.example"])), ...(await queue("outage-2", ["admin@riverside.example"]))];
    const t0 = justAfter();

    const down = await sendDueEmails(t.db, { smtp: probe.settings(), now: at(t0, 0) });
    expect(down).toEqual({ enabled: true, sent: 0, retrying: 1, failed: 0 });
    const rows = await rowsById([first!.id, second!.id]);
    const tried = rows.find((r) => r.attempts === 1)!;
    const untried = rows.find((r) => r.id !== tried.id)!;
    expect(tried).toMatchObject({ status: "pending", attempts: 1 });
    expect(tried.lastError).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
    expect(tried.nextAttemptAt.getTime()).toBe(t0.getTime() + FIRST_RETRY_MS);
    // The server is down for everyone: the second message waits without spending an attempt.
    expect(untried).toMatchObject({ status: "pending", attempts: 0 });
    expect(untried.nextAttemptAt.getTime()).toBe(tried.nextAttemptAt.getTime());

    // Down again at the next attempt: the wait doubles.
    const stillDown = await sendDueEmails(t.db, { smtp: probe.settings(), now: at(t0, FIRST_RETRY_MS) });
    expect(stillDown.retrying).toBe(1);
    const [again] = await rowsById([tried.id]);
    expect(again).toMatchObject({ status: "pending", attempts: 2 });
    expect(again!.nextAttemptAt.getTime()).toBe(t0.getTime() + FIRST_RETRY_MS + 2 * FIRST_RETRY_MS);

    // Before the wait is over nothing is tried, even with the server back.
    const server = await smtp(port);
    expect((await sendDueEmails(t.db, { smtp: server.settings(), now: at(t0, 2 * FIRST_RETRY_MS) })).sent).toBe(0);
    expect(server.received).toEqual([]);

    const back = await sendDueEmails(t.db, { smtp: server.settings(), now: at(t0, 3 * FIRST_RETRY_MS) });
    expect(back).toEqual({ enabled: true, sent: 2, retrying: 0, failed: 0 });
    expect(await sendDueEmails(t.db, { smtp: server.settings(), now: at(t0, 60 * FIRST_RETRY_MS) })).toMatchObject({ sent: 0 });
    expect(server.received.map((m) => m.subject).sort()).toEqual(["[test] outage-1", "[test] outage-2"]);
    const done = await rowsById([first!.id, second!.id]);
    expect(done.map((r) => r.status)).toEqual(["sent", "sent"]);
    expect(done.find((r) => r.id === tried.id)?.attempts).toBe(3);
  });

  it("marks a message failed after the last allowed attempt and leaves it alone afterwards", async () => {
    const probe = await smtp();
    await probe.stop();
    servers.splice(servers.indexOf(probe), 1);
    const [row] = await queue("give-up", ["coach2@riverside.example"]);
    await t.db.update(emailOutbox).set({ attempts: MAX_ATTEMPTS - 1 }).where(eq(emailOutbox.id, row!.id));
    const result = await sendDueEmails(t.db, { smtp: probe.settings() });
    expect(result).toMatchObject({ failed: 1, sent: 0 });
    const [failed] = await rowsById([row!.id]);
    expect(failed).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(failed!.lastError).not.toBeNull();

    const server = await smtp();
    await sendDueEmails(t.db, { smtp: server.settings(), now: at(new Date(), 24 * 3_600_000) });
    expect(server.received.filter((m) => m.subject === "[test] give-up")).toEqual([]);
  });

  it("gives a message claimed by a sender that died back after the lease", async () => {
    const [row] = await queue("crashed-sender", ["physio@riverside.example"]);
    const t0 = justAfter();
    const claimed = await claimDueEmails(t.db, { now: t0, limit: 100, leaseMs: CLAIM_LEASE_MS });
    expect(claimed.map((r) => r.id)).toContain(row!.id);
    // ...and the claiming sender never reports back.
    const server = await smtp();
    expect((await sendDueEmails(t.db, { smtp: server.settings(), now: at(t0, CLAIM_LEASE_MS - 1000) })).sent).toBe(0);
    expect((await sendDueEmails(t.db, { smtp: server.settings(), now: at(t0, CLAIM_LEASE_MS) })).sent).toBe(claimed.length);
    expect(server.received.filter((m) => m.subject === "[test] crashed-sender")).toHaveLength(1);
  });

  it("delivers each message once when two senders run at the same time", async () => {
    const server = await smtp();
    const rows = [];
    for (let i = 0; i < 8; i++) rows.push(...(await queue(`parallel-${i}`, [`athlete0${(i % 9) + 1}@riverside.example`])));
    const [one, two] = await Promise.all([sendDueEmails(t.db, { smtp: server.settings(), now: justAfter }), sendDueEmails(t.db, { smtp: server.settings(), now: justAfter })]);
    expect(one.sent + two.sent).toBe(8);
    expect(server.received.map((m) => m.subject).sort()).toEqual(rows.map((r) => r.subject).sort());
    const [{ n } = { n: -1 }] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(emailOutbox)
      .where(inArray(emailOutbox.id, rows.map((r) => r.id)));
    expect(n).toBe(8);
    expect((await rowsById(rows.map((r) => r.id))).every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });
});
