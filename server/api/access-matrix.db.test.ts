/**
 * Every procedure, called as nobody, as each role, as a coach of another team and as every role
 * of another organisation. A procedure without an entry here fails the suite.
 */
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../../test/db";
import { type DemoIds, demoIds } from "../../test/fixtures";
import { DEFAULT_ACK_DEADLINES, DEFAULT_THRESHOLDS } from "../domain/escalation";
import type { Role } from "../domain/vocab";
import { appRouter } from "./root";

const ALL: Role[] = ["admin", "coach", "physio", "athlete"];
const STAFF: Role[] = ["admin", "coach", "physio"];
const COACHING: Role[] = ["admin", "coach"];
const MISSING = "00000000-0000-4000-8000-000000000000";

const exercise = {
  name: "Matrix test stretch",
  category: "mobility",
  bodyFocus: [],
  steps: ["Stand tall."],
  dose: { kind: "minutes", sets: null, reps: null, holdSeconds: null, minutes: 2, perSide: false },
  cautions: null,
  mediaUrl: null,
};
const programInput = (ids: DemoIds) => ({
  name: "Matrix program",
  goal: "",
  formCues: [],
  lifestyleNotes: [],
  items: [{ exerciseId: ids.globalExercise, dose: exercise.dose, schedule: { kind: "daily", timesPerWeek: null, weekdays: null } }],
});
const ORG_SETTINGS = {
  name: "Matrix Running Club",
  timeZone: "Europe/London",
  weekStartsOn: 1,
  thresholds: { ...DEFAULT_THRESHOLDS },
  ackDeadlines: { ...DEFAULT_ACK_DEADLINES },
};
const report = { painNow: 1, painWorstRun: null, areas: ["upper-back"], timings: [], qualities: [], redFlags: {}, ostrc: null, note: null };

/**
 * allow: roles that may call it. scope: how a record of Riverside is protected from others —
 * "org" (other organisations get NOT_FOUND), "team" (also a coach of another team), or none.
 */
type Entry = { allow: Role[]; input?: (ids: DemoIds) => unknown; scope?: "org" | "team" };

export const MATRIX: Record<string, Entry> = {
  "me.get": { allow: ALL },
  "roster.list": { allow: STAFF },
  "roster.names": { allow: STAFF },
  "athlete.summary": { allow: STAFF, input: (ids) => ({ athleteId: ids.athlete }), scope: "team" },
  "exercise.list": { allow: STAFF, input: () => ({}) },
  "exercise.byId": { allow: STAFF, input: () => ({ id: MISSING }) },
  "exercise.create": { allow: COACHING, input: () => exercise },
  "exercise.update": { allow: COACHING, input: () => ({ ...exercise, id: MISSING }) },
  "exercise.archive": { allow: COACHING, input: () => ({ id: MISSING, archived: true }) },
  "program.list": { allow: COACHING, input: () => ({}) },
  "program.byId": { allow: COACHING, input: (ids) => ({ id: ids.program }), scope: "org" },
  "program.create": { allow: COACHING, input: programInput },
  "program.update": { allow: COACHING, input: (ids) => ({ ...programInput(ids), id: ids.program }), scope: "org" },
  "program.archive": { allow: COACHING, input: () => ({ id: MISSING, archived: true }) },
  "assignment.forAthlete": { allow: STAFF, input: (ids) => ({ athleteId: ids.athlete }), scope: "team" },
  "assignment.forProgram": { allow: COACHING, input: (ids) => ({ programId: ids.program }), scope: "org" },
  "assignment.create": { allow: COACHING, input: (ids) => ({ programId: ids.program, athleteIds: [ids.athlete], startDay: "2020-01-01", endDay: "2020-01-02" }), scope: "team" },
  "assignment.setStatus": { allow: STAFF, input: () => ({ id: MISSING, status: "paused" }) },
  "assignment.moveToLatest": { allow: COACHING, input: () => ({ id: MISSING }) },
  "today.get": { allow: ["athlete"], input: () => ({}) },
  "today.setDone": { allow: ["athlete"], input: (ids) => ({ assignmentId: ids.assignment, itemId: ids.item, day: "2020-01-01", done: true }) },
  "pain.formContext": { allow: ["athlete"] },
  "pain.submit": { allow: ["athlete"], input: () => report },
  "pain.correct": { allow: ["athlete"], input: () => ({ ...report, id: MISSING }) },
  "pain.mine": { allow: ["athlete"], input: () => ({ limit: 5 }) },
  "care.mine": { allow: ["athlete"] },
  "triage.queue": { allow: ["physio"], input: (ids) => ({ teamId: ids.roadTeam }), scope: "org" },
  "triage.teams": { allow: ["physio"] },
  "triage.physios": { allow: ["physio"] },
  "case.byId": { allow: ["physio"], input: (ids) => ({ id: ids.openCase.id }), scope: "org" },
  "case.acknowledge": { allow: ["physio"], input: () => ({ id: MISSING }) },
  "case.assign": { allow: ["physio"], input: (ids) => ({ id: ids.openCase.id, assigneeId: null }), scope: "org" },
  "case.addNote": { allow: ["physio"], input: (ids) => ({ id: ids.openCase.id, body: "Matrix note", forAthlete: false }), scope: "org" },
  "case.setReturnToRun": { allow: ["physio"], input: () => ({ id: MISSING, status: "cleared" }) },
  "case.setAssignmentStatus": { allow: ["physio"], input: () => ({ id: MISSING, assignmentId: MISSING, status: "paused" }) },
  "case.resolve": { allow: ["physio"], input: () => ({ id: MISSING, outcome: "self-care" }) },
  "case.reopen": { allow: ["physio"], input: () => ({ id: MISSING }) },
  "audit.list": { allow: ["admin"], input: () => ({}) },
  "audit.filters": { allow: ["admin"] },
  "privacy.exportMine": { allow: ["athlete"] },
  "privacy.athletes": { allow: ["admin"] },
  "privacy.eraseAthlete": { allow: ["admin"], input: (ids) => ({ athleteId: ids.athlete, confirmName: "Not this athlete's name" }), scope: "org" },
  "people.list": { allow: ["admin"], input: () => ({ status: "active" }) },
  "people.setRole": { allow: ["admin"], input: (ids) => ({ userId: ids.athlete, role: "athlete" }), scope: "org" },
  "people.setActive": { allow: ["admin"], input: (ids) => ({ userId: ids.athlete, active: true }), scope: "org" },
  "people.setTeams": { allow: ["admin"], input: (ids) => ({ userId: ids.athlete, teamIds: [ids.roadTeam] }), scope: "org" },
  "people.resetPassword": { allow: ["admin"], input: (ids) => ({ userId: ids.athlete }), scope: "org" },
  "people.resetTwoStep": { allow: ["admin"], input: (ids) => ({ userId: ids.athlete }), scope: "org" },
  "peopleImport.preview": { allow: ["admin"], input: () => ({ csv: "name,email,team\nMatrix Row,matrix-row@example.com,Road Runners\n" }) },
  "peopleImport.confirm": { allow: ["admin"], input: () => ({ csv: "name,email,team\n" }) },
  "invitation.list": { allow: ["admin"] },
  "invitation.create": { allow: ["admin"], input: (ids) => ({ name: "Matrix Invitee", email: "matrix-invitee@example.com", role: "athlete", teamIds: [ids.roadTeam] }), scope: "org" },
  "invitation.renew": { allow: ["admin"], input: () => ({ id: MISSING }) },
  "invitation.revoke": { allow: ["admin"], input: () => ({ id: MISSING }) },
  "team.list": { allow: ["admin"] },
  "team.create": { allow: ["admin"], input: () => ({ name: "Matrix Team" }) },
  "team.rename": { allow: ["admin"], input: (ids) => ({ id: ids.roadTeam, name: "Road Runners" }), scope: "org" },
  "team.archive": { allow: ["admin"], input: (ids) => ({ id: ids.roadTeam, archived: false }), scope: "org" },
  "settings.get": { allow: ["admin"] },
  "settings.update": { allow: ["admin"], input: () => ({ ...ORG_SETTINGS }) },
  "settings.sendTestEmail": { allow: ["admin"] },
  "settings.setStaffTwoStep": { allow: ["admin"], input: () => ({ required: false }) },
  "twoStep.status": { allow: STAFF },
  "twoStep.start": { allow: STAFF },
  "twoStep.confirm": { allow: STAFF, input: () => ({ code: "000000" }) },
  "twoStep.disable": { allow: STAFF, input: () => ({ password: "not-the-password", code: "000000" }) },
  "account.get": { allow: ALL },
  "account.update": { allow: ALL, input: () => ({}) },
  "account.changePassword": { allow: ALL, input: () => ({ currentPassword: "not-the-password", newPassword: "a-long-new-password" }) },
  "account.updateAthleteProfile": { allow: ["athlete"], input: () => ({ coachSeesPainDetails: true }) },
  "notification.list": { allow: ALL, input: () => ({}) },
  "notification.unreadCount": { allow: ALL },
  "notification.markRead": { allow: ALL, input: () => ({ ids: [MISSING] }) },
  "roster.page": { allow: STAFF, input: (ids) => ({ teamId: ids.roadTeam }), scope: "team" },
  "dashboard.team": { allow: STAFF, input: (ids) => ({ teamId: ids.roadTeam, range: "4w" }), scope: "team" },
  "dashboard.clinic": { allow: ["admin", "physio"], input: () => ({ range: "4w" }) },
  "progress.athlete": { allow: ALL, input: (ids) => ({ athleteId: ids.athlete, range: "4w" }), scope: "team" },
  "exports.roster": { allow: STAFF, input: (ids) => ({ teamId: ids.roadTeam }), scope: "team" },
  "exports.athleteHistory": { allow: ALL, input: (ids) => ({ athleteId: ids.athlete }), scope: "team" },
};

const RIVERSIDE: Record<Role, string> = {
  admin: "admin@riverside.example",
  coach: "coach@riverside.example",
  physio: "physio@riverside.example",
  athlete: "athlete@riverside.example",
};
const HILLSIDE: Record<Role, string> = {
  admin: "admin@hillside.example",
  coach: "coach@hillside.example",
  physio: "physio@hillside.example",
  athlete: "athlete@hillside.example",
};

const t = useTestDatabase();
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(t.db);
});

async function codeOf(email: string | null, path: string): Promise<string> {
  const caller = await callerAs(t.db, email);
  const fn = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (input?: unknown) => Promise<unknown>;
  try {
    await fn(MATRIX[path]!.input?.(ids));
    return "OK";
  } catch (err) {
    if (err instanceof TRPCError) return err.code;
    throw err;
  }
}

const procedures = Object.keys(appRouter._def.procedures).sort();

describe("access matrix", () => {
  it("has an entry for every procedure, and none for procedures that do not exist", () => {
    expect(procedures.filter((p) => !MATRIX[p])).toEqual([]);
    expect(Object.keys(MATRIX).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  describe.each(procedures)("%s", (path) => {
    const entry = MATRIX[path] ?? { allow: [] };

    it("refuses a caller without a session", async () => {
      expect(await codeOf(null, path)).toBe("UNAUTHORIZED");
    });

    it.each(ALL)("as a Riverside %s", async (role) => {
      const code = await codeOf(RIVERSIDE[role], path);
      if (entry.allow.includes(role)) expect(code).not.toMatch(/UNAUTHORIZED|FORBIDDEN|INTERNAL_SERVER_ERROR/);
      else expect(code).toBe("FORBIDDEN");
    });

    it.each(ALL)("as a Hillside %s, a Riverside record does not exist", async (role) => {
      const code = await codeOf(HILLSIDE[role], path);
      if (!entry.allow.includes(role)) expect(code).toBe("FORBIDDEN");
      else if (entry.scope) expect(code).toBe("NOT_FOUND");
      else expect(code).not.toMatch(/UNAUTHORIZED|FORBIDDEN|INTERNAL_SERVER_ERROR/);
    });

    if (entry.scope === "team") {
      it("as a coach of another team, the athlete does not exist", async () => {
        expect(await codeOf("coach2@riverside.example", path)).toBe("NOT_FOUND");
      });
    }
  });
});
