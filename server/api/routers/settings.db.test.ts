import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox, organisations, users } from "../../../db/schema";
import { callerAs, useTestDatabase } from "../../../test/db";
import { RIVERSIDE_NON_ADMINS, trpcError } from "../../../test/expect-trpc";
import { demoIds } from "../../../test/fixtures";
import { DEFAULT_ACK_DEADLINES, DEFAULT_THRESHOLDS } from "../../domain/escalation";
import { orgRules } from "../../services/escalation";
import { resolveViewer } from "../../auth/viewer";
import { isoWeekday } from "../../domain/calendar";

const t = useTestDatabase();
const admin = () => callerAs(t.db, "admin@riverside.example");

const valid = {
  name: "Riverside Runners",
  timeZone: "America/New_York",
  weekStartsOn: 7 as const,
  thresholds: { ...DEFAULT_THRESHOLDS, severePain: 6, persistenceDays: 5 },
  ackDeadlines: { ...DEFAULT_ACK_DEADLINES, emergency: 30 },
};

describe("settings router", () => {
  it("starts from the product defaults and reports email as off", async () => {
    const settings = await (await admin()).settings.get();
    expect(settings).toMatchObject({
      name: "Riverside Running Club",
      timeZone: "Europe/London",
      weekStartsOn: 1,
      thresholds: DEFAULT_THRESHOLDS,
      ackDeadlines: DEFAULT_ACK_DEADLINES,
      email: { configured: false },
    });
  });

  it("saves settings that triage then uses, leaving the other organisation alone", async () => {
    const ids = await demoIds(t.db);
    await (await admin()).settings.update(valid);
    expect(await (await admin()).settings.get()).toMatchObject({ name: "Riverside Runners", timeZone: "America/New_York", weekStartsOn: 7 });
    const rules = await orgRules(t.db, ids.riversideOrg);
    expect(rules.thresholds.severePain).toBe(6);
    expect(rules.deadlines.emergency).toBe(30);
    expect(rules.timeZone).toBe("America/New_York");
    const hillside = await (await callerAs(t.db, "admin@hillside.example")).settings.get();
    expect(hillside).toMatchObject({ name: "Hillside Athletics", thresholds: DEFAULT_THRESHOLDS });
    // The next request's viewer carries the new calendar, and the dashboards count weeks by it.
    const [coach] = await t.db.select().from(users).where(eq(users.email, "coach@riverside.example"));
    const now = Math.floor(Date.now() / 1000);
    const viewer = await resolveViewer(t.db, { uid: coach!.id, sv: coach!.sessionVersion, authAt: now, seenAt: now });
    expect(viewer?.calendar).toEqual({ timeZone: "America/New_York", weekStartsOn: 7 });
    const overview = await (await callerAs(t.db, "coach@riverside.example")).dashboard.team({ teamId: null, range: "4w" });
    expect(isoWeekday(overview.thisWeek)).toBe(7);
  });

  it.each([
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, /time zone/],
    ["a week starting on Wednesday", { weekStartsOn: 3 }, /Monday or Sunday/],
    ["a pain threshold above 10", { thresholds: { ...DEFAULT_THRESHOLDS, severePain: 11 } }, /severePain: at most 10/],
    ["a fractional day count", { thresholds: { ...DEFAULT_THRESHOLDS, silenceDays: 2.5 } }, /whole number/],
    ["a deadline under 15 minutes", { ackDeadlines: { ...DEFAULT_ACK_DEADLINES, emergency: 5 } }, /emergency: at least 15/],
    ["an empty name", { name: "  " }, /name is required/],
  ])("refuses %s", async (_, change, message) => {
    const err = await trpcError((await admin()).settings.update({ ...valid, ...change } as typeof valid), "BAD_REQUEST");
    expect(err.message).toMatch(message);
  });

  it("says email is off instead of queueing a test message", async () => {
    expect(await (await admin()).settings.sendTestEmail()).toEqual({ queued: false, to: "admin@riverside.example" });
    expect(await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "admin@riverside.example"))).toEqual([]);
  });

  it.each(RIVERSIDE_NON_ADMINS)("is refused to %s", async (email) => {
    const caller = await callerAs(t.db, email);
    await trpcError(caller.settings.get(), "FORBIDDEN");
    await trpcError(caller.settings.update(valid), "FORBIDDEN");
    await trpcError(caller.settings.sendTestEmail(), "FORBIDDEN");
    const [org] = await t.db.select().from(organisations).where(eq(organisations.slug, "riverside"));
    expect(org!.name).toBe("Riverside Runners");
  });
});
