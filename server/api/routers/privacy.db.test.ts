/**
 * Audit and privacy: the trail cannot be edited, staff reads and refusals are in it, admins
 * filter it; athletes download their data; erasure leaves nothing that names the athlete.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../../db/client";
import { athleteProfiles, auditLog, emailOutbox, invitations, notifications, painReports, users } from "../../../db/schema";
import { callerAs, useTestDatabase, userId, viewerByEmail } from "../../../test/db";
import { type DemoIds, demoIds } from "../../../test/fixtures";
import { exportCsvFiles } from "../../domain/data-export";
import { pseudonymFor } from "../../domain/pseudonym";
import { createCaller } from "../root";
import { createContextInner } from "../trpc";

const t = useTestDatabase();
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(t.db);
});

const lastAudit = async (action: string) => (await t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(sql`${auditLog.id} desc`).limit(1))[0];

describe("the audit log", () => {
  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    await expect(t.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, "x"));
    expect(row?.n).toBe(0);
  });

  it("records staff reads of a case and of pain reports, and every refused access", async () => {
    const physio = await callerAs(t.db, "physio@riverside.example");
    await physio.case.byId({ id: ids.openCase.id });
    expect(await lastAudit("case.read")).toMatchObject({ actorId: await userId(t.db, "physio@riverside.example"), athleteId: ids.openCase.athleteId, entityId: ids.openCase.id });

    const coach = await callerAs(t.db, "coach@riverside.example");
    await coach.athlete.summary({ athleteId: ids.athlete });
    expect(await lastAudit("pain-reports.read")).toMatchObject({ actorId: await userId(t.db, "coach@riverside.example"), athleteId: ids.athlete });

    await expect(coach.case.byId({ id: ids.openCase.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await lastAudit("access.refused")).toMatchObject({ entityId: "case.byId", detail: { code: "FORBIDDEN" } });
    const coach2 = await callerAs(t.db, "coach2@riverside.example");
    await expect(coach2.athlete.summary({ athleteId: ids.athlete })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await lastAudit("access.refused")).toMatchObject({ actorId: await userId(t.db, "coach2@riverside.example"), entityId: "athlete.summary", detail: { code: "NOT_FOUND" } });
  });

  it("records every write, with the athlete it concerns", async () => {
    const athlete = await callerAs(t.db, "athlete@riverside.example");
    await athlete.today.setDone({ assignmentId: ids.assignment, itemId: ids.item, day: new Date().toISOString().slice(0, 10), done: true }).catch(() => {});
    const coach = await callerAs(t.db, "coach@riverside.example");
    await coach.exercise.create({ name: "Audited stretch", category: "mobility", bodyFocus: [], steps: ["Reach."], dose: { kind: "minutes", sets: null, reps: null, holdSeconds: null, minutes: 2, perSide: false }, cautions: null, mediaUrl: null });
    expect(await lastAudit("write:exercise.create")).toMatchObject({ actorId: await userId(t.db, "coach@riverside.example"), athleteId: null });
  });

  it("records a pain report once, in its own transaction, with the report's id and the caller's address", async () => {
    const viewer = await viewerByEmail(t.db, "athlete@riverside.example");
    const athlete = createCaller(createContextInner({ db: t.db, viewer, ip: "203.0.113.7" }));
    const input = { painNow: 1, painWorstRun: null, areas: ["upper-back" as const], timings: [], qualities: [], redFlags: {}, ostrc: null, note: null };
    const { reportId } = await athlete.pain.submit({ ...input, idempotencyKey: randomUUID() });
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, reportId));
    expect(rows).toEqual([expect.objectContaining({ action: "pain-report.create", actorId: viewer.id, athleteId: viewer.id, ip: "203.0.113.7" })]);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "write:pain.submit"))).toEqual([]);
    await athlete.pain.correct({ id: reportId, ...input, painNow: 2 });
    expect((await t.db.select().from(auditLog).where(eq(auditLog.entityId, reportId))).map((r) => r.action).sort()).toEqual(["pain-report.correct", "pain-report.create"]);
  });

  it("lets an admin filter by person, athlete, action and date, within the organisation only", async () => {
    const admin = await callerAs(t.db, "admin@riverside.example");
    const physioId = await userId(t.db, "physio@riverside.example");
    const byPerson = await admin.audit.list({ actorId: physioId });
    expect(byPerson.entries.length).toBeGreaterThan(0);
    const [physio] = await t.db.select({ name: users.name }).from(users).where(eq(users.id, physioId));
    expect(new Set(byPerson.entries.map((e) => e.actor))).toEqual(new Set([physio!.name]));
    const byAthlete = await admin.audit.list({ athleteId: ids.openCase.athleteId, action: "case.read" });
    expect(byAthlete.entries.map((e) => e.action)).toEqual(byAthlete.entries.map(() => "case.read"));
    expect(byAthlete.entries.length).toBeGreaterThan(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.audit.list({ from: "2000-01-01", to: "2000-01-02" })).entries).toEqual([]);
    expect((await admin.audit.list({ from: today, action: "access.refused" })).entries.length).toBeGreaterThanOrEqual(2);
    await expect(admin.audit.list({ from: "2026-02-02", to: "2026-02-01" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const filters = await admin.audit.filters();
    expect(filters.actions).toContain("case.read");
    // By part of a name or email, as an admin types it: the same entries as by id.
    const byEmail = await admin.audit.list({ person: "PHYSIO@riverside" });
    expect(byEmail.entries.map((e) => e.id)).toEqual(byPerson.entries.map((e) => e.id));
    const [athlete] = await t.db.select({ name: users.name }).from(users).where(eq(users.id, ids.openCase.athleteId));
    const byAthleteName = await admin.audit.list({ athlete: athlete!.name.slice(0, 6), action: "case.read" });
    expect(byAthleteName.entries.length).toBeGreaterThan(0);
    expect(byAthleteName.entries.every((e) => e.athlete === athlete!.name)).toBe(true);
    // Wildcards are text: "%" matches nobody's name.
    expect((await admin.audit.list({ person: "%" })).entries).toEqual([]);

    const hillside = await callerAs(t.db, "admin@hillside.example");
    expect((await hillside.audit.list({ actorId: physioId })).entries).toEqual([]);
    expect((await hillside.audit.list({ person: "physio@riverside" })).entries).toEqual([]);
  });

  it("pages through the trail, newest first", async () => {
    const admin = await callerAs(t.db, "admin@riverside.example");
    const first = await admin.audit.list({});
    if (first.nextCursor) {
      const second = await admin.audit.list({ cursor: first.nextCursor });
      expect(second.entries[0]!.id).toBeLessThan(first.entries.at(-1)!.id);
    }
    expect(first.entries.map((e) => e.id)).toEqual([...first.entries.map((e) => e.id)].sort((a, b) => b - a));
  });
});

describe("the athlete's choice about pain details", () => {
  it("hides pain figures from coaches but not from the clinic when the athlete says so", async () => {
    await t.db.update(athleteProfiles).set({ coachSeesPainDetails: false }).where(eq(athleteProfiles.userId, ids.athlete));
    try {
      const coach = await callerAs(t.db, "coach@riverside.example");
      const summary = await coach.athlete.summary({ athleteId: ids.athlete });
      expect(summary.painShared).toBe(false);
      expect(summary.pain).toEqual([]);
      expect(JSON.stringify(summary)).not.toMatch(/painNow|painWorstRun|redFlags|"note"/);
      expect(await lastAudit("athlete.read")).toMatchObject({ athleteId: ids.athlete });
      const row = (await coach.roster.list()).find((r) => r.id === ids.athlete);
      expect(row?.lastPain).toBeNull();
      expect(row?.painHidden).toBe(true);
      const admin = await callerAs(t.db, "admin@riverside.example");
      expect((await admin.athlete.summary({ athleteId: ids.athlete })).painShared).toBe(true);
    } finally {
      await t.db.update(athleteProfiles).set({ coachSeesPainDetails: true }).where(eq(athleteProfiles.userId, ids.athlete));
    }
  });
});

describe("an athlete's download", () => {
  it("holds all of their reports and none of anyone else's, and is audited", async () => {
    const athlete = await callerAs(t.db, "athlete@riverside.example");
    const data = await athlete.privacy.exportMine();
    const [mine] = await t.db.select({ n: sql<number>`count(*)::int` }).from(painReports).where(eq(painReports.athleteId, ids.athlete));
    expect(data.painReports.length).toBe(mine!.n);
    expect(data.account?.email).toBe("athlete@riverside.example");
    const own = new Set((await t.db.select({ id: painReports.id }).from(painReports).where(eq(painReports.athleteId, ids.athlete))).map((r) => r.id));
    expect(data.painReports.every((r) => own.has(r.id))).toBe(true);
    expect(JSON.stringify(data)).not.toContain("hillside");
    expect(data.accessLog.some((e) => e.action === "pain-reports.read")).toBe(true);
    const files = exportCsvFiles(data);
    expect(files.find((f) => f.name === "upright-pain-reports.csv")?.rows).toBe(mine!.n);
    expect(await lastAudit("data.exported")).toMatchObject({ actorId: ids.athlete, athleteId: ids.athlete });
  });
});

describe("erasing an athlete", () => {
  it("needs the athlete's name typed, and cannot reach another organisation or a staff member", async () => {
    const admin = await callerAs(t.db, "admin@riverside.example");
    await expect(admin.privacy.eraseAthlete({ athleteId: ids.athlete, confirmName: "Someone else" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.privacy.eraseAthlete({ athleteId: ids.hillsideAthlete, confirmName: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const coachId = await userId(t.db, "coach@riverside.example");
    await expect(admin.privacy.eraseAthlete({ athleteId: coachId, confirmName: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("removes or anonymises every row that refers to them; the audit trail keeps only a pseudonym", async () => {
    const target = ids.openCase.athleteId;
    const [person] = await t.db.select().from(users).where(eq(users.id, target));
    const { name, email, orgId } = person!;
    // Text elsewhere that names them: a coach's notification, a queued email, an invitation.
    const coachId = await userId(t.db, "coach@riverside.example");
    await t.db.insert(notifications).values({ userId: coachId, kind: "athlete-flagged", title: `${name} was flagged for the clinic`, body: "", link: `/coach/athletes/${target}` });
    await t.db.insert(emailOutbox).values([
      { orgId, toAddress: email, subject: "Your reset link", body: "..." },
      { orgId, toAddress: "physio@riverside.example", subject: `[Upright] New case: ${name}`, body: `Open /triage/cases/${ids.openCase.id}` },
    ]);
    await t.db.insert(invitations).values({ orgId, email, name, role: "athlete", tokenHash: `h-${target}`, expiresAt: new Date(Date.now() + 86400000) });
    const physio = await callerAs(t.db, "physio@riverside.example");
    await physio.case.byId({ id: ids.openCase.id });

    const before = new Set((await sweep([target, name, email])).map((l) => l.table));
    for (const table of ["users", "pain_reports", "cases", "completions", "assignments", "notifications", "email_outbox", "invitations", "audit_log", "team_members"]) {
      expect(before).toContain(table);
    }

    const admin = await callerAs(t.db, "admin@riverside.example");
    const result = await admin.privacy.eraseAthlete({ athleteId: target, confirmName: ` ${name.toUpperCase()} ` });
    expect(result.pseudonym).toBe(pseudonymFor(target));

    const leftovers = await sweep([target, ids.openCase.id, name, email]);
    // Only the audit trail may keep the id (its pseudonym); nothing anywhere keeps the name or email.
    expect(leftovers.filter((l) => !(l.table === "audit_log" && (l.needle === target || l.needle === ids.openCase.id)))).toEqual([]);

    const trail = await admin.audit.list({ athleteId: target });
    expect(trail.entries.length).toBeGreaterThan(1);
    expect(trail.entries.every((e) => e.athlete === pseudonymFor(target))).toBe(true);
    expect(trail.entries.map((e) => e.action)).toEqual(expect.arrayContaining(["athlete.erased", "write:privacy.eraseAthlete"]));
  });
});

/** Every column of every table, as text, searched for each needle. */
async function sweep(needles: string[]) {
  const columns = rowsOf<{ table_name: string; column_name: string }>(
    await t.db.execute(sql`select table_name, column_name from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`),
  );
  const found: { table: string; column: string; needle: string }[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    for (const needle of needles) {
      const q = sql`select count(*)::int as n from ${sql.identifier(table)} where position(lower(${needle}) in lower(${sql.identifier(column)}::text)) > 0`;
      const [row] = rowsOf<{ n: number }>(await t.db.execute(q));
      if (row && row.n > 0) found.push({ table, column, needle });
    }
  }
  return found;
}
