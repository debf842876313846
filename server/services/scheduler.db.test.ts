import { and, eq, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { acknowledgeCase, resolveCase } from "../../db/queries/case-actions";
import { caseEvents, cases, emailOutbox, evaluations, notifications, organisations, users } from "../../db/schema";
import { newAthlete, later, storeReport } from "../../test/athletes";
import { useTestDatabase, userId } from "../../test/db";
import { type DemoIds, demoIds } from "../../test/fixtures";
import { DEFAULT_ACK_DEADLINES, type Trigger } from "../domain/escalation";
import { caseLink, OVERDUE_KIND } from "../domain/scheduled-check";
import { escalate } from "./escalation";
import { runScheduledCheck } from "./scheduler";

const t = useTestDatabase();
let ids: DemoIds;
let physios: string[];
let coach: string;
const T = new Date();

beforeAll(async () => {
  ids = await demoIds(t.db);
  physios = (await t.db.select({ id: users.id }).from(users).where(and(eq(users.orgId, ids.riversideOrg), eq(users.role, "physio")))).map((u) => u.id);
  coach = await userId(t.db, "coach@riverside.example");
  // The seeded history may hold time-based triggers and overdue cases: settle them first.
  await run(T);
});

const run = (now: Date) => runScheduledCheck(t.db, { now, smtp: null });
const athlete = () => newAthlete(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam });
const casesOf = (athleteId: string) => t.db.select().from(cases).where(eq(cases.athleteId, athleteId)).orderBy(cases.openedAt);
const eventsOf = (caseId: string) => t.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(caseEvents.at);
const scheduledEvaluations = (athleteId: string) =>
  t.db.select().from(evaluations).where(and(eq(evaluations.athleteId, athleteId), eq(evaluations.source, "scheduled")));
const noticesAbout = (caseId: string, kind?: string) =>
  t.db.select().from(notifications).where(and(eq(notifications.link, caseLink(caseId)), kind ? eq(notifications.kind, kind) : undefined));

/** Row counts of everything a check can write. */
async function footprint() {
  const count = async (table: typeof cases | typeof caseEvents | typeof notifications | typeof evaluations | typeof emailOutbox) =>
    (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  return { cases: await count(cases), events: await count(caseEvents), notifications: await count(notifications), evaluations: await count(evaluations), emails: await count(emailOutbox) };
}

const severe = (tier: Trigger["tier"], reason: string): Trigger => ({ ruleId: "severe-pain", tier, reason, basis: "test", reportId: null });

describe("scheduled check", () => {
  it("opens a watch case after a quiet spell following notable pain, and only once", async () => {
    const a = await athlete();
    const report = await storeReport(t.db, { athlete: a, pain: 4, daysAgo: 6, now: T });

    const result = await run(T);
    expect(result).toMatchObject({ ran: true, athletesFailed: 0 });
    const [opened] = await casesOf(a.id);
    expect(opened).toMatchObject({ tier: "watch", status: "open" });
    expect(opened!.reasons).toEqual([expect.objectContaining({ ruleId: "silence-after-pain", reason: expect.stringMatching(/^No report for 6 days since pain of 4\/10/) })]);
    const triggers = (await eventsOf(opened!.id)).filter((e) => e.kind === "trigger");
    expect(triggers.map((e) => e.data)).toEqual([expect.objectContaining({ ruleId: "silence-after-pain", reportId: report.id })]);
    const [evaluation, ...more] = await scheduledEvaluations(a.id);
    expect(more).toEqual([]);
    expect(evaluation).toMatchObject({ reportId: report.id, triggers: [expect.objectContaining({ ruleId: "silence-after-pain" })] });
    expect((await noticesAbout(opened!.id, "case")).map((n) => n.userId).sort()).toEqual([...physios].sort());
    const coachNotice = await t.db.select().from(notifications).where(and(eq(notifications.userId, coach), like(notifications.title, `${a.name} %`)));
    expect(coachNotice).toHaveLength(1);
    // The coach is sent to the athlete's page, which shows the tier but no clinical detail.
    expect(coachNotice[0]!.link).toBe(`/coach/athletes/${a.id}`);

    // The next hours change nothing anywhere...
    const before = await footprint();
    for (const hours of [1, 2]) await run(later(T, hours));
    expect(await footprint()).toEqual(before);
    // ...and in the next days the same silence, though longer, is still old news.
    const mine = async () => ({ cases: await casesOf(a.id), events: await eventsOf(opened!.id), evaluations: await scheduledEvaluations(a.id), notices: await noticesAbout(opened!.id, "case") });
    const settled = await mine();
    for (const hours of [24, 48, 24 * 5]) await run(later(T, hours));
    expect(await mine()).toEqual(settled);
  });

  it("does not reopen a resolved case for the same old silence, but watches a newer report", async () => {
    const a = await athlete();
    await storeReport(t.db, { athlete: a, pain: 5, daysAgo: 7, now: T });
    await run(T);
    const [first] = await casesOf(a.id);
    await t.db.transaction((tx) => resolveCase(tx, { caseId: first!.id, actorId: physios[0]!, now: later(T, 1), outcome: "self-care" }));

    for (const hours of [2, 3, 24, 72]) await run(later(T, hours));
    expect((await casesOf(a.id)).map((c) => c.status)).toEqual(["resolved"]);

    // A pain-free report in between, so that the newer one starts afresh rather than persisting.
    await storeReport(t.db, { athlete: a, pain: 0, daysAgo: 0, now: later(T, 48) });
    const newer = await storeReport(t.db, { athlete: a, pain: 4, daysAgo: 0, now: later(T, 72) });
    await run(later(T, 72 + 24 * 4));
    expect((await casesOf(a.id)).map((c) => c.status)).toEqual(["resolved"]);
    await run(later(T, 72 + 24 * 5));
    const [, second] = await casesOf(a.id);
    expect(second).toMatchObject({ status: "open", tier: "watch" });
    expect((await eventsOf(second!.id)).find((e) => e.kind === "trigger")?.data).toMatchObject({ reportId: newer.id });
  });

  it("opens a routine case for persistent pain, then attaches a later silence without lowering or re-raising", async () => {
    const a = await athlete();
    for (const daysAgo of [10, 6, 2]) await storeReport(t.db, { athlete: a, pain: 4, daysAgo, now: T });
    await run(T);
    const [found] = await casesOf(a.id);
    expect(found).toMatchObject({ tier: "routine" });
    expect(found!.reasons.map((r) => r.ruleId)).toEqual(["persistent-pain"]);
    const noticesBefore = (await noticesAbout(found!.id, "case")).length;

    await run(later(T, 24 * 4));
    const [after] = await casesOf(a.id);
    expect(after).toMatchObject({ id: found!.id, tier: "routine" });
    expect(after!.reasons.map((r) => r.ruleId)).toEqual(["persistent-pain", "silence-after-pain"]);
    expect((await eventsOf(found!.id)).filter((e) => e.kind === "tier-raised")).toEqual([]);
    // Attaching a quieter reason to an open case is recorded on the case, not announced again.
    expect((await noticesAbout(found!.id, "case")).length).toBe(noticesBefore);
    expect(await scheduledEvaluations(a.id)).toHaveLength(2);

    const before = await footprint();
    await run(later(T, 24 * 4 + 1));
    expect(await footprint()).toEqual(before);
  });

  it("uses the organisation's thresholds", async () => {
    const a = await athlete();
    await storeReport(t.db, { athlete: a, pain: 4, daysAgo: 3, now: T });
    await run(T);
    expect(await casesOf(a.id)).toEqual([]);
    const [org] = await t.db.select({ thresholds: organisations.thresholds }).from(organisations).where(eq(organisations.id, ids.riversideOrg));
    await t.db.update(organisations).set({ thresholds: { ...org!.thresholds, silenceDays: 3 } }).where(eq(organisations.id, ids.riversideOrg));
    try {
      await run(later(T, 1));
      expect(await casesOf(a.id)).toHaveLength(1);
      const [evaluation] = await scheduledEvaluations(a.id);
      expect(evaluation!.thresholds).toMatchObject({ silenceDays: 3 });
    } finally {
      await t.db.update(organisations).set({ thresholds: org!.thresholds }).where(eq(organisations.id, ids.riversideOrg));
    }
  });

  it("tells every physio once about an overdue case, and again only when a new deadline is missed", async () => {
    const a = await athlete();
    const opened = await t.db.transaction((tx) =>
      escalate(tx, { orgId: a.orgId, athleteId: a.id, athleteName: a.name, triggers: [severe("same-day", "Test: severe pain.")], deadlines: DEFAULT_ACK_DEADLINES, now: later(T, -25) }),
    );
    const caseId = opened!.caseId;
    await run(T);
    const notices = await noticesAbout(caseId, OVERDUE_KIND);
    expect(notices.map((n) => n.userId).sort()).toEqual([...physios].sort());
    expect(notices[0]).toMatchObject({ title: `Overdue same day case: ${a.name}`, readAt: null });

    await run(later(T, 1));
    expect(await noticesAbout(caseId, OVERDUE_KIND)).toHaveLength(physios.length);

    // A raised tier sets a new, shorter deadline: missing it is news again.
    await t.db.transaction((tx) =>
      escalate(tx, { orgId: a.orgId, athleteId: a.id, athleteName: a.name, triggers: [severe("emergency", "Test: emergency.")], deadlines: DEFAULT_ACK_DEADLINES, now: later(T, 2) }),
    );
    await run(later(T, 2.5));
    expect(await noticesAbout(caseId, OVERDUE_KIND)).toHaveLength(physios.length);
    await run(later(T, 3.5));
    const again = await noticesAbout(caseId, OVERDUE_KIND);
    expect(again).toHaveLength(2 * physios.length);
    expect(again.filter((n) => n.title === `Overdue emergency case: ${a.name}`)).toHaveLength(physios.length);

    await t.db.transaction((tx) => acknowledgeCase(tx, { caseId, actorId: physios[0]!, now: later(T, 4) }));
    await run(later(T, 30));
    expect(await noticesAbout(caseId, OVERDUE_KIND)).toHaveLength(2 * physios.length);
  });

  it("does the work once when two runs start at the same time", async () => {
    const quiet = await athlete();
    await storeReport(t.db, { athlete: quiet, pain: 6, daysAgo: 8, now: T });
    const late = await athlete();
    const opened = await t.db.transaction((tx) =>
      escalate(tx, { orgId: late.orgId, athleteId: late.id, athleteName: late.name, triggers: [severe("routine", "Test: routine.")], deadlines: DEFAULT_ACK_DEADLINES, now: later(T, -100) }),
    );
    const now = later(T, 5);

    const results = await Promise.all([run(now), run(now)]);
    expect(results.some((r) => r.ran)).toBe(true);
    const [quietCase, ...extra] = await casesOf(quiet.id);
    expect(extra).toEqual([]);
    expect((await eventsOf(quietCase!.id)).filter((e) => e.kind === "trigger")).toHaveLength(1);
    expect(await scheduledEvaluations(quiet.id)).toHaveLength(1);
    expect(await noticesAbout(quietCase!.id, "case")).toHaveLength(physios.length);
    expect(await noticesAbout(opened!.caseId, OVERDUE_KIND)).toHaveLength(physios.length);
  });
});

// PGlite allows a single process and a single session, so a second instance holding the lock
// can only exist on a PostgreSQL server.
describe.runIf(process.env.TEST_DATABASE_URL)("scheduled check on a PostgreSQL server", () => {
  it("skips the run while another instance holds the lock", async () => {
    const a = await athlete();
    await storeReport(t.db, { athlete: a, pain: 5, daysAgo: 9, now: T });
    const result = await t.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('upright'), hashtext('scheduled-check'))`);
      return run(later(T, 6));
    });
    expect(result).toEqual({ ran: false });
    expect(await casesOf(a.id)).toEqual([]);
    expect((await run(later(T, 6))).ran).toBe(true);
    expect(await casesOf(a.id)).toHaveLength(1);
  });
});

