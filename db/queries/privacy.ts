import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import {
  assignmentPauses,
  assignments,
  athleteProfiles,
  auditLog,
  caseEvents,
  cases,
  clinicalNotes,
  completions,
  evaluations,
  notifications,
  organisations,
  painReportRevisions,
  painReports,
  programVersions,
  programs,
  returnToRun,
  teamMembers,
  teams,
  users,
} from "../schema";

const nameOf = (col: unknown) => sql<string | null>`(select u.name from ${users} u where u.id = ${col})`;

/** Everything stored about one athlete, for their own download. Ids of other people become names. */
export async function athleteDataExport(db: DbOrTx, params: { athleteId: string }) {
  const a = params.athleteId;
  const [account] = await db
    .select({ name: users.name, email: users.email, role: users.role, timeZone: users.timeZone, createdAt: users.createdAt, organisation: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(users.id, a));
  const caseIds = db.select({ id: cases.id }).from(cases).where(eq(cases.athleteId, a));
  const reportIds = db.select({ id: painReports.id }).from(painReports).where(eq(painReports.athleteId, a));
  const assignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.athleteId, a));
  const [profile, teamRows, reports, revisions, checks, assigned, pauses, caseRows, events, messages, rtr, evals, notes, access] = await Promise.all([
    db.select({ birthDate: athleteProfiles.birthDate, historyOfBackProblems: athleteProfiles.historyOfBackProblems, runDays: athleteProfiles.runDays, weeklyKm: athleteProfiles.weeklyKm, coachSeesPainDetails: athleteProfiles.coachSeesPainDetails }).from(athleteProfiles).where(eq(athleteProfiles.userId, a)),
    db.select({ team: teams.name, joinedAt: teamMembers.createdAt }).from(teamMembers).innerJoin(teams, eq(teams.id, teamMembers.teamId)).where(eq(teamMembers.userId, a)),
    db.select({ id: painReports.id, day: painReports.day, reportedAt: painReports.reportedAt, painNow: painReports.painNow, painWorstRun: painReports.painWorstRun, areas: painReports.areas, timings: painReports.timings, qualities: painReports.qualities, redFlags: painReports.redFlags, ostrcVersion: painReports.ostrcVersion, ostrcQ1: painReports.ostrcQ1, ostrcQ2: painReports.ostrcQ2, ostrcQ3: painReports.ostrcQ3, ostrcQ4: painReports.ostrcQ4, note: painReports.note, revision: painReports.revision, correctedAt: painReports.correctedAt }).from(painReports).where(eq(painReports.athleteId, a)).orderBy(asc(painReports.reportedAt)),
    db.select({ reportId: painReportRevisions.reportId, revision: painReportRevisions.revision, snapshot: painReportRevisions.snapshot, createdAt: painReportRevisions.createdAt }).from(painReportRevisions).where(inArray(painReportRevisions.reportId, reportIds)),
    db.select({ day: completions.day, assignmentId: completions.assignmentId, itemId: completions.itemId, difficulty: completions.difficulty, pain: completions.pain, note: completions.note, late: completions.late, recordedAt: completions.recordedAt }).from(completions).where(eq(completions.athleteId, a)).orderBy(asc(completions.day)),
    db.select({ id: assignments.id, program: programs.name, version: programVersions.version, startDay: assignments.startDay, endDay: assignments.endDay, status: assignments.status, assignedBy: nameOf(assignments.assignedBy), createdAt: assignments.createdAt }).from(assignments).innerJoin(programs, eq(programs.id, assignments.programId)).innerJoin(programVersions, eq(programVersions.id, assignments.versionId)).where(eq(assignments.athleteId, a)),
    db.select({ assignmentId: assignmentPauses.assignmentId, fromDay: assignmentPauses.fromDay, toDay: assignmentPauses.toDay }).from(assignmentPauses).where(inArray(assignmentPauses.assignmentId, assignmentIds)),
    db.select({ id: cases.id, tier: cases.tier, status: cases.status, reasons: cases.reasons, openedAt: cases.openedAt, acknowledgedAt: cases.acknowledgedAt, resolvedAt: cases.resolvedAt, outcome: cases.outcome }).from(cases).where(eq(cases.athleteId, a)),
    db.select({ caseId: caseEvents.caseId, kind: caseEvents.kind, by: nameOf(caseEvents.actorId), at: caseEvents.at }).from(caseEvents).where(inArray(caseEvents.caseId, caseIds)),
    db.select({ caseId: clinicalNotes.caseId, body: clinicalNotes.body, by: nameOf(clinicalNotes.authorId), createdAt: clinicalNotes.createdAt }).from(clinicalNotes).where(and(eq(clinicalNotes.athleteId, a), eq(clinicalNotes.forAthlete, true))),
    db.select({ status: returnToRun.status, reviewDay: returnToRun.reviewDay, setBy: nameOf(returnToRun.setBy), setAt: returnToRun.setAt }).from(returnToRun).where(eq(returnToRun.athleteId, a)),
    db.select({ reportId: evaluations.reportId, source: evaluations.source, rulesVersion: evaluations.rulesVersion, triggers: evaluations.triggers, createdAt: evaluations.createdAt }).from(evaluations).where(eq(evaluations.athleteId, a)),
    db.select({ kind: notifications.kind, title: notifications.title, body: notifications.body, readAt: notifications.readAt, createdAt: notifications.createdAt }).from(notifications).where(eq(notifications.userId, a)),
    db.select({ at: auditLog.at, action: auditLog.action, by: nameOf(auditLog.actorId) }).from(auditLog).where(eq(auditLog.athleteId, a)).orderBy(asc(auditLog.id)),
  ]);
  return {
    account: account ?? null,
    profile: profile[0] ?? null,
    teams: teamRows,
    painReports: reports,
    painReportCorrections: revisions,
    exerciseCheckOffs: checks,
    programAssignments: assigned,
    programPauses: pauses,
    cases: caseRows,
    caseHistory: events,
    messagesFromYourClinic: messages,
    returnToRun: rtr,
    escalationChecks: evals,
    notifications: notes,
    accessLog: access,
  };
}
export type AthleteDataExport = Awaited<ReturnType<typeof athleteDataExport>>;
