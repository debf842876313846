/**
 * Builds a small organisation of its own inside a test database, so aggregates can be checked
 * against hand-computed values without the demo data getting in the way.
 */
import { randomBytes } from "node:crypto";
import { isNull } from "drizzle-orm";
import type { Db } from "../db/client";
import {
  assignmentPauses,
  assignments,
  athleteProfiles,
  caseEvents,
  cases,
  completions,
  exercises,
  organisations,
  painReports,
  programItems,
  programs,
  programVersions,
  teamMembers,
  teams,
  users,
} from "../db/schema";
import type { ItemSchedule } from "../server/domain/schedule";
import type { CaseEventKind, CaseOutcome, CaseTier, Role, Weekday } from "../server/domain/vocab";

export async function makeOrg(db: Db, opts: { timeZone?: string; weekStartsOn?: 1 | 7 } = {}) {
  const tag = randomBytes(4).toString("hex");
  const [org] = await db
    .insert(organisations)
    .values({ slug: `fixture-${tag}`, name: `Fixture ${tag}`, timeZone: opts.timeZone ?? "UTC", weekStartsOn: opts.weekStartsOn ?? 1 })
    .returning({ id: organisations.id });
  const orgId = org!.id;
  const [exercise] = await db.select({ id: exercises.id }).from(exercises).where(isNull(exercises.orgId)).limit(1);
  let n = 0;

  const user = async (role: Role, name: string, more: { timeZone?: string | null; runDays?: Weekday[]; sharesPain?: boolean } = {}) => {
    n += 1;
    const [u] = await db
      .insert(users)
      .values({ orgId, role, name, email: `${role}${n}-${tag}@fixture.example`, timeZone: more.timeZone ?? null })
      .returning({ id: users.id, email: users.email });
    if (role === "athlete") {
      await db.insert(athleteProfiles).values({ userId: u!.id, runDays: more.runDays ?? [], coachSeesPainDetails: more.sharesPain ?? true });
    }
    return u!;
  };

  const team = async (name: string, memberIds: string[]) => {
    const [t] = await db.insert(teams).values({ orgId, name }).returning({ id: teams.id });
    if (memberIds.length) await db.insert(teamMembers).values(memberIds.map((userId) => ({ teamId: t!.id, userId })));
    return t!.id;
  };

  const program = async (schedules: ItemSchedule[]) => {
    const [p] = await db.insert(programs).values({ orgId, name: `Program ${tag} ${++n}` }).returning({ id: programs.id });
    const [v] = await db.insert(programVersions).values({ programId: p!.id, version: 1 }).returning({ id: programVersions.id });
    const items = await db
      .insert(programItems)
      .values(
        schedules.map((s, position) => ({
          versionId: v!.id,
          position,
          exerciseId: exercise!.id,
          doseKind: "minutes" as const,
          minutes: 5,
          scheduleKind: s.kind,
          timesPerWeek: s.kind === "times-per-week" ? (s.timesPerWeek ?? 1) : null,
          weekdays: s.kind === "weekdays" ? [...(s.weekdays ?? [])] : null,
        })),
      )
      .returning({ id: programItems.id, position: programItems.position });
    return { programId: p!.id, versionId: v!.id, itemIds: items.sort((a, b) => a.position - b.position).map((i) => i.id) };
  };

  const assign = async (athleteId: string, prog: { programId: string; versionId: string }, startDay: string, endDay: string | null = null) => {
    const [a] = await db
      .insert(assignments)
      .values({ orgId, athleteId, programId: prog.programId, versionId: prog.versionId, startDay, endDay, status: endDay ? "ended" : "active" })
      .returning({ id: assignments.id });
    return a!.id;
  };

  const pause = (assignmentId: string, fromDay: string, toDay: string | null) => db.insert(assignmentPauses).values({ assignmentId, fromDay, toDay });

  const done = async (athleteId: string, assignmentId: string, itemId: string, days: string[]) => {
    if (days.length) await db.insert(completions).values(days.map((day) => ({ athleteId, assignmentId, itemId, day })));
  };

  const pain = async (athleteId: string, day: string, painNow: number, ostrc?: [number | null, number | null, number | null, number | null]) => {
    await db.insert(painReports).values({
      orgId,
      athleteId,
      day,
      reportedAt: new Date(`${day}T09:00:00Z`),
      painNow,
      areas: ["upper-back"],
      ...(ostrc ? { ostrcVersion: "OSTRC-O2", ostrcQ1: ostrc[0], ostrcQ2: ostrc[1], ostrcQ3: ostrc[2], ostrcQ4: ostrc[3] } : {}),
    });
  };

  type CaseOpts = {
    tier: CaseTier;
    openedAt: string;
    acknowledgedAt?: string;
    acknowledgedBy?: string;
    resolvedAt?: string;
    resolvedBy?: string;
    outcome?: CaseOutcome;
    assigneeId?: string;
  };
  const caseFor = async (athleteId: string, c: CaseOpts) => {
    const resolved = c.resolvedAt !== undefined;
    const [row] = await db
      .insert(cases)
      .values({
        orgId,
        athleteId,
        tier: c.tier,
        status: resolved ? "resolved" : c.acknowledgedAt ? "acknowledged" : "open",
        openedAt: new Date(c.openedAt),
        ackDueAt: new Date(new Date(c.openedAt).getTime() + 86_400_000),
        acknowledgedAt: c.acknowledgedAt ? new Date(c.acknowledgedAt) : resolved ? new Date(c.resolvedAt!) : null,
        resolvedAt: resolved ? new Date(c.resolvedAt!) : null,
        outcome: resolved ? (c.outcome ?? "self-care") : null,
        assigneeId: c.assigneeId ?? null,
      })
      .returning({ id: cases.id });
    const events: { kind: CaseEventKind; at: string; actorId?: string; data?: Record<string, unknown> }[] = [{ kind: "opened", at: c.openedAt, data: { tier: c.tier } }];
    if (c.acknowledgedAt) events.push({ kind: "acknowledged", at: c.acknowledgedAt, actorId: c.acknowledgedBy });
    if (resolved) events.push({ kind: "resolved", at: c.resolvedAt!, actorId: c.resolvedBy, data: { outcome: c.outcome ?? "self-care" } });
    await db.insert(caseEvents).values(events.map((e) => ({ caseId: row!.id, kind: e.kind, at: new Date(e.at), actorId: e.actorId ?? null, data: e.data ?? {} })));
    return row!.id;
  };

  return { orgId, user, team, program, assign, pause, done, pain, caseFor };
}
export type OrgFixture = Awaited<ReturnType<typeof makeOrg>>;
