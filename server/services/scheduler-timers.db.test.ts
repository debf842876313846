import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { queueEmail } from "../../db/queries/notifications";
import { adherenceWeeks, cases, emailOutbox } from "../../db/schema";
import { newAthlete, storeReport } from "../../test/athletes";
import { useTestDatabase } from "../../test/db";
import { demoIds } from "../../test/fixtures";
import { startSmtpServer } from "../../test/smtp";
import { CHECK_INTERVAL_MS, OUTBOX_INTERVAL_MS } from "../domain/scheduled-check";
import { startScheduler } from "./scheduler";

const t = useTestDatabase();
afterAll(() => {
  vi.useRealTimers();
});

/** Polls with the real clock (only the intervals are faked here). */
async function until(check: () => boolean | Promise<boolean>, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("scheduler timers", () => {
  it("checks and warms the adherence store at start, sends waiting emails every minute, and stops", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const server = await startSmtpServer();
    let scheduler: ReturnType<typeof startScheduler> | undefined;
    try {
      const ids = await demoIds(t.db);
      const a = await newAthlete(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam });
      await storeReport(t.db, { athlete: a, pain: 5, daysAgo: 6, now: new Date() });
      const waiting = (await t.db.select().from(emailOutbox).where(eq(emailOutbox.status, "pending"))).length;
      await t.db.delete(adherenceWeeks);

      scheduler = startScheduler(async () => t.db, { smtp: server.settings() });
      expect(startScheduler(async () => t.db)).toBe(scheduler);
      // The check at start: the quiet athlete gets a case, and the waiting emails go out.
      await until(async () => (await t.db.select().from(cases).where(eq(cases.athleteId, a.id))).length === 1);
      await until(() => server.received.length === waiting);
      // ...and the adherence store is filled for the dashboards.
      await until(async () => (await t.db.select().from(adherenceWeeks).limit(1)).length === 1);

      await queueEmail(t.db, { orgId: ids.riversideOrg, to: ["physio@riverside.example"], subject: "[test] within a minute", body: "b" });
      await vi.advanceTimersByTimeAsync(OUTBOX_INTERVAL_MS);
      await until(() => server.received.some((m) => m.subject === "[test] within a minute"));

      scheduler.stop();
      await queueEmail(t.db, { orgId: ids.riversideOrg, to: ["physio@riverside.example"], subject: "[test] after stop", body: "b" });
      await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS);
      await new Promise((r) => setTimeout(r, 500));
      expect(server.received.some((m) => m.subject === "[test] after stop")).toBe(false);
    } finally {
      scheduler?.stop();
      await server.stop();
    }
  });
});
