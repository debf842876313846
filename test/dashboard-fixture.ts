/**
 * A small club with hand-countable history for the dashboard tests. The clock is fixed at
 * Wednesday 2026-03-11 13:00 UTC (14:00 in Berlin); weeks start on Monday, so "this week" is
 * 9 to 15 March and the last four weeks start on 16 February.
 *
 * Ada (team A)  daily item and a 3×-a-week item from Mon 23 Feb;
 * Ben (team A)  Mon/Wed/Fri item from Mon 2 Mar; does not share pain details with coaches;
 * Cleo (team B) daily item from Mon 9 Mar, paused on Tue 10 Mar.
 * The expected figures are worked out beside each test.
 */
import type { Db } from "../db/client";
import { returnToRun } from "../db/schema";
import { makeOrg } from "./org-fixture";

export const FIXED_NOW = new Date("2026-03-11T13:00:00Z");

export async function buildDashboardClub(db: Db) {
  const f = await makeOrg(db, { timeZone: "Europe/Berlin", weekStartsOn: 1 });
  const ada = await f.user("athlete", "Ada Fixture");
  const ben = await f.user("athlete", "Ben Fixture", { sharesPain: false });
  const cleo = await f.user("athlete", "Cleo Fixture");
  const coach = await f.user("coach", "Coach Fixture");
  const physio1 = await f.user("physio", "Physio One");
  const physio2 = await f.user("physio", "Physio Two");
  const admin = await f.user("admin", "Admin Fixture");
  const teamA = await f.team("Team A", [ada.id, ben.id, coach.id]);
  const teamB = await f.team("Team B", [cleo.id, coach.id]);

  const adaProgram = await f.program([{ kind: "daily" }, { kind: "times-per-week", timesPerWeek: 3 }]);
  const adaA = await f.assign(ada.id, adaProgram, "2026-02-23");
  // 22 Feb is before the start: never counted.
  await f.done(ada.id, adaA, adaProgram.itemIds[0]!, ["2026-02-22", "2026-02-23", "2026-02-24", "2026-02-25", "2026-02-26", "2026-02-27",
    "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10"]);
  await f.done(ada.id, adaA, adaProgram.itemIds[1]!, ["2026-02-24", "2026-02-26", "2026-03-02", "2026-03-04", "2026-03-06", "2026-03-08", "2026-03-10"]);

  const benProgram = await f.program([{ kind: "weekdays", weekdays: [1, 3, 5] }]);
  const benA = await f.assign(ben.id, benProgram, "2026-03-02");
  // Tuesday 3 March is not one of Ben's days: not counted.
  await f.done(ben.id, benA, benProgram.itemIds[0]!, ["2026-03-02", "2026-03-03", "2026-03-06", "2026-03-09"]);

  const cleoProgram = await f.program([{ kind: "daily" }]);
  const cleoA = await f.assign(cleo.id, cleoProgram, "2026-03-09");
  await f.pause(cleoA, "2026-03-10", "2026-03-10");
  await f.done(cleo.id, cleoA, cleoProgram.itemIds[0]!, ["2026-03-09", "2026-03-10"]);

  // Sunday 1 March and Sunday 8 March close their weeks; Monday 9 March opens this one.
  await f.pain(ada.id, "2026-02-24", 8, [3, 3, 3, 3]);
  await f.pain(ada.id, "2026-02-25", 3);
  await f.pain(ada.id, "2026-03-01", 0, [2, 1, 1, 1]);
  await f.pain(ada.id, "2026-03-08", 5, [1, 2, 0, 1]);
  await f.pain(ada.id, "2026-03-09", 2, [0, null, null, null]);
  await f.pain(ben.id, "2026-03-10", 6);
  await f.pain(cleo.id, "2026-03-02", 7);
  await f.pain(cleo.id, "2026-03-11", 0);

  // 23:30 UTC on Sunday 1 March is already Monday 2 March in Berlin.
  await f.caseFor(ada.id, { tier: "routine", openedAt: "2026-03-01T23:30:00Z", acknowledgedAt: "2026-03-02T05:30:00Z", acknowledgedBy: physio1.id, resolvedAt: "2026-03-04T23:30:00Z", resolvedBy: physio1.id, outcome: "self-care" });
  await f.caseFor(ben.id, { tier: "same-day", openedAt: "2026-03-09T08:00:00Z", acknowledgedAt: "2026-03-09T10:00:00Z", acknowledgedBy: physio2.id, assigneeId: physio2.id });
  await f.caseFor(cleo.id, { tier: "routine", openedAt: "2026-02-17T10:00:00Z", resolvedAt: "2026-02-18T10:00:00Z", resolvedBy: physio2.id, outcome: "referred-to-doctor" });
  await f.caseFor(cleo.id, { tier: "emergency", openedAt: "2026-03-10T12:00:00Z", assigneeId: physio1.id });
  await db.insert(returnToRun).values({ athleteId: ben.id, status: "modified-training", setBy: physio2.id, setAt: new Date("2026-03-09T10:05:00Z") });

  return { ...f, ada, ben, cleo, coach, physio1, physio2, admin, teamA, teamB };
}
export type DashboardClub = Awaited<ReturnType<typeof buildDashboardClub>>;
