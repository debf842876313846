import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { insertPainReport, type PainReportInput } from "../db/queries/pain";
import { calendarOf } from "../db/queries/people";
import { teamMembers, users } from "../db/schema";
import { localDay } from "../server/domain/calendar";
import { OSTRC_VERSION } from "../server/domain/ostrc";

const DAY_MS = 86_400_000;

/** A new athlete of the organisation in the given team, with no history: tests own it entirely. */
export async function newAthlete(db: Db, params: { orgId: string; teamId: string; name?: string }) {
  const tag = randomBytes(4).toString("hex");
  const [user] = await db
    .insert(users)
    .values({ orgId: params.orgId, email: `test-${tag}@riverside.example`, name: params.name ?? `Test Athlete ${tag}`, role: "athlete" })
    .returning({ id: users.id, name: users.name, orgId: users.orgId });
  await db.insert(teamMembers).values({ teamId: params.teamId, userId: user!.id });
  return user!;
}

export const painInput = (pain: number): PainReportInput => ({
  painNow: pain,
  painWorstRun: pain > 0 ? pain : null,
  areas: ["upper-back"],
  timings: ["after-run"],
  qualities: ["ache"],
  redFlags: {},
  ostrc: null,
  note: null,
});

/**
 * Stores a report `daysAgo` days before `now` without running the report-time rules, as a
 * report whose own evaluation raised nothing: what is left is for the scheduled check.
 */
export async function storeReport(db: Db, params: { athlete: { id: string; orgId: string }; pain: number; daysAgo: number; now: Date }) {
  const reportedAt = new Date(params.now.getTime() - params.daysAgo * DAY_MS);
  const { timeZone } = await calendarOf(db, { userId: params.athlete.id });
  const row = await insertPainReport(db, {
    orgId: params.athlete.orgId,
    athleteId: params.athlete.id,
    day: localDay(reportedAt, timeZone),
    reportedAt,
    input: painInput(params.pain),
    ostrcVersion: OSTRC_VERSION,
    idempotencyKey: null,
  });
  return row!;
}

export const later = (base: Date, hours: number) => new Date(base.getTime() + hours * 3_600_000);
