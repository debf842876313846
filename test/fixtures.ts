import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { assignments, cases, exercises, programItems, programs, teams, users } from "../db/schema";

async function one<T>(p: Promise<T[]>, what: string): Promise<T> {
  const [row] = await p;
  if (!row) throw new Error(`fixture: no ${what}`);
  return row;
}

/** Ids of seeded demo records, looked up by their stable names. */
export async function demoIds(db: Db) {
  const userId = (email: string) => one(db.select({ id: users.id }).from(users).where(eq(users.email, email)), email).then((r) => r.id);
  const athlete = await userId("athlete@riverside.example");
  const hillsideAthlete = await userId("athlete@hillside.example");
  const trailAthlete = await one(
    db.select({ id: users.id }).from(users).where(sql`${users.id} in (select m.user_id from team_members m join teams t on t.id = m.team_id where t.name = 'Trail Squad') and ${users.role} = 'athlete'`).limit(1),
    "trail athlete",
  ).then((r) => r.id);
  const roadTeam = await one(db.select({ id: teams.id }).from(teams).where(eq(teams.name, "Road Runners")), "Road Runners").then((r) => r.id);
  const trailTeam = await one(db.select({ id: teams.id }).from(teams).where(eq(teams.name, "Trail Squad")), "Trail Squad").then((r) => r.id);
  const riversideOrg = await one(db.select({ orgId: users.orgId }).from(users).where(eq(users.id, athlete)), "org").then((r) => r.orgId);
  const program = await one(db.select({ id: programs.id }).from(programs).where(and(eq(programs.orgId, riversideOrg), eq(programs.name, "Pre-run warm-up"))), "program").then((r) => r.id);
  const assignment = await one(db.select({ id: assignments.id, versionId: assignments.versionId }).from(assignments).where(and(eq(assignments.athleteId, athlete), eq(assignments.programId, program))), "assignment");
  const item = await one(db.select({ id: programItems.id }).from(programItems).where(eq(programItems.versionId, assignment.versionId)).limit(1), "item").then((r) => r.id);
  const openCase = await one(
    db.select({ id: cases.id, athleteId: cases.athleteId }).from(cases).where(and(eq(cases.orgId, riversideOrg), ne(cases.status, "resolved"))).limit(1),
    "open case",
  );
  const globalExercise = await one(db.select({ id: exercises.id }).from(exercises).where(isNull(exercises.orgId)).limit(1), "exercise").then((r) => r.id);
  return { athlete, hillsideAthlete, trailAthlete, roadTeam, trailTeam, riversideOrg, program, assignment: assignment.id, item, openCase, globalExercise };
}
export type DemoIds = Awaited<ReturnType<typeof demoIds>>;
