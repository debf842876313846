import { describe, expect, it } from "vitest";
import type { Trigger } from "./escalation";
import { newScheduledTriggers, OVERDUE_KIND, overdueNotification, type RaisedTrigger } from "./scheduled-check";

const REPORT_DAY: Record<string, string> = { r2: "Tue 3 Mar", r3: "Fri 6 Mar" };
const silence = (reportId: string, days: number): Trigger => ({
  ruleId: "silence-after-pain",
  tier: "watch",
  reason: `No report for ${days} days since pain of 5/10 on ${REPORT_DAY[reportId]}.`,
  basis: "No news after pain.",
  reportId,
});
const persistent: Trigger = { ruleId: "persistent-pain", tier: "routine", reason: "Pain of 3/10 or more on every report.", basis: "b", reportId: "r2" };
const raisedFrom = (t: Trigger, reportId: string | null = t.reportId): RaisedTrigger => ({ ruleId: t.ruleId, reason: t.reason, reportId });

describe("newScheduledTriggers", () => {
  const cases: [string, Trigger[], RaisedTrigger[], boolean, Trigger[]][] = [
    ["raises everything when nothing was raised before", [silence("r2", 5), persistent], [], false, [silence("r2", 5), persistent]],
    ["skips a silence already raised for the same report, whatever its day count", [silence("r2", 6)], [raisedFrom(silence("r2", 5))], false, []],
    ["raises a silence after a newer report", [silence("r3", 5)], [raisedFrom(silence("r2", 5))], false, [silence("r3", 5)]],
    ["skips a trigger whose rule and wording are already on record", [persistent], [raisedFrom(persistent, "r1")], false, []],
    ["keeps the other triggers when one is known", [silence("r2", 5), persistent], [raisedFrom(persistent)], false, [silence("r2", 5)]],
    ["a different rule on the same report is news", [persistent], [raisedFrom(silence("r2", 5))], false, [persistent]],
    ["raises nothing when a case was resolved after the report", [silence("r2", 9), persistent], [], true, []],
  ];
  it.each(cases)("%s", (_name, triggers, raised, resolvedAfterReport, expected) => {
    expect(newScheduledTriggers({ triggers, raised, resolvedAfterReport })).toEqual(expected);
  });
});

describe("overdueNotification", () => {
  const openedAt = new Date("2026-03-14T08:00:00Z");

  it("names the tier and the athlete and links to the case", () => {
    const n = overdueNotification({ caseId: "c1", athleteName: "Sam Lee", tier: "same-day", openedAt, ackDueAt: new Date("2026-03-15T08:00:00Z") });
    expect(n).toEqual({
      kind: OVERDUE_KIND,
      title: "Overdue same day case: Sam Lee",
      body: "Nobody has acknowledged this case yet. It should have been acknowledged within a day of opening.",
      link: "/triage/cases/c1",
    });
  });

  it.each([
    [60, "within an hour"],
    [4320, "within 3 days"],
    [90, "within 90 minutes"],
  ])("gives a deadline of %i minutes as %s", (minutes, words) => {
    const n = overdueNotification({ caseId: "c1", athleteName: "Sam", tier: "emergency", openedAt, ackDueAt: new Date(openedAt.getTime() + minutes * 60_000) });
    expect(n.body).toContain(words);
  });
});
