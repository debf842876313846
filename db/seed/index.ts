import { inArray, sql } from "drizzle-orm";
import { hashPassword } from "../../server/auth/password";
import { localDay } from "../../server/domain/calendar";
import type { Db, Tx } from "../client";
import { athleteProfiles, exercises, organisations, teamMembers, teams, users } from "../schema";
import { SEED_EXERCISES } from "./exercises";
import { seedHistory } from "./history";
import { DEMO_PASSWORD, SEED_ORGS, type SeedOrg } from "./people";
import { seedPrograms } from "./programs-seed";

export async function seedIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organisations);
  if ((row?.n ?? 0) > 0) return false;
  await seedDemo(db);
  return true;
}

/**
 * Creates the demo organisations from scratch (replacing earlier demo data, so running it
 * twice gives the same result). History is laid out relative to `now`.
 */
export async function seedDemo(db: Db, opts: { now?: Date } = {}) {
  const now = opts.now ?? new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.delete(organisations).where(inArray(organisations.slug, SEED_ORGS.map((o) => o.slug)));
    const library = await upsertGlobalLibrary(tx);
    for (const org of SEED_ORGS) {
      const ids = await seedOrg(tx, org, passwordHash);
      const programs = await seedPrograms(tx, { orgId: ids.orgId, createdBy: ids.coachId, library });
      await seedHistory(tx, { org, ids, programs, today: localDay(now, org.timeZone), now });
    }
  });
}

async function upsertGlobalLibrary(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx
    .insert(exercises)
    .values(
      SEED_EXERCISES.map(({ dose, slug, ...e }) => ({
        ...e,
        slug,
        orgId: null,
        doseKind: dose.kind,
        sets: dose.sets,
        reps: dose.reps,
        holdSeconds: dose.holdSeconds,
        minutes: dose.minutes,
        perSide: dose.perSide,
      })),
    )
    .onConflictDoUpdate({
      target: exercises.slug,
      targetWhere: sql`org_id is null`,
      set: {
        name: sql`excluded.name`,
        category: sql`excluded.category`,
        bodyFocus: sql`excluded.body_focus`,
        steps: sql`excluded.steps`,
        doseKind: sql`excluded.dose_kind`,
        sets: sql`excluded.sets`,
        reps: sql`excluded.reps`,
        holdSeconds: sql`excluded.hold_seconds`,
        minutes: sql`excluded.minutes`,
        perSide: sql`excluded.per_side`,
        cautions: sql`excluded.cautions`,
        updatedAt: new Date(),
      },
    })
    .returning({ id: exercises.id, slug: exercises.slug });
  return new Map(rows.map((r) => [r.slug!, r.id]));
}

export type SeededOrg = {
  orgId: string;
  coachId: string;
  physioIds: string[];
  athletes: Map<string, string>;
  teams: Map<string, string>;
};

async function seedOrg(tx: Tx, org: SeedOrg, passwordHash: string): Promise<SeededOrg> {
  const [o] = await tx
    .insert(organisations)
    .values({ slug: org.slug, name: org.name, timeZone: org.timeZone, weekStartsOn: org.weekStartsOn })
    .returning({ id: organisations.id });
  const orgId = o!.id;
  const teamRows = await tx.insert(teams).values(org.teams.map((name) => ({ orgId, name }))).returning({ id: teams.id, name: teams.name });
  const teamIds = new Map(teamRows.map((t) => [t.name, t.id]));
  const people = [
    ...org.staff.map((s) => ({ orgId, email: s.email, name: s.name, role: s.role, passwordHash })),
    ...org.athletes.map((a) => ({ orgId, email: a.email, name: a.name, role: "athlete" as const, passwordHash, timeZone: a.timeZone })),
  ];
  const userRows = await tx.insert(users).values(people).returning({ id: users.id, email: users.email });
  const userIds = new Map(userRows.map((u) => [u.email, u.id]));
  const id = (email: string) => userIds.get(email)!;
  const memberships = [
    ...org.staff.flatMap((s) => s.teams.map((t) => ({ teamId: teamIds.get(t)!, userId: id(s.email) }))),
    ...org.athletes.map((a) => ({ teamId: teamIds.get(a.team)!, userId: id(a.email) })),
  ];
  await tx.insert(teamMembers).values(memberships);
  await tx.insert(athleteProfiles).values(
    org.athletes.map((a) => ({
      userId: id(a.email),
      birthDate: a.birthDate,
      historyOfBackProblems: a.historyOfBackProblems,
      runDays: a.runDays,
      weeklyKm: a.weeklyKm,
    })),
  );
  const coach = org.staff.find((s) => s.role === "coach")!;
  return {
    orgId,
    coachId: id(coach.email),
    physioIds: org.staff.filter((s) => s.role === "physio").map((s) => id(s.email)),
    athletes: new Map(org.athletes.map((a) => [a.email, id(a.email)])),
    teams: teamIds,
  };
}
