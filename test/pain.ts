import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../db/client";
import { cases, organisations, teamMembers, users } from "../db/schema";
import { createCaller } from "../server/api/root";
import { createContextInner } from "../server/api/trpc";
import type { Viewer } from "../server/auth/viewer";
import { calendarSettings, ownTimeZone } from "../server/domain/calendar";

/** A valid pain report with nothing alarming in it; override what a test is about. */
export function painReport(overrides: Record<string, unknown> = {}) {
  return {
    painNow: 2,
    painWorstRun: null,
    areas: ["upper-back"],
    timings: [],
    qualities: [],
    redFlags: {},
    ostrc: null,
    note: null,
    ...overrides,
  } as const;
}

/** Adds `count` athletes to a team of the organisation, with callers acting as each of them. */
export async function addAthletes(db: Db, params: { orgId: string; teamId: string; count: number; prefix: string }) {
  const rows = await db
    .insert(users)
    .values(
      Array.from({ length: params.count }, (_, i) => ({
        orgId: params.orgId,
        email: `${params.prefix}${String(i).padStart(3, "0")}@riverside.example`,
        name: `Test Athlete ${params.prefix} ${i}`,
        role: "athlete" as const,
      })),
    )
    .returning();
  await db.insert(teamMembers).values(rows.map((u) => ({ teamId: params.teamId, userId: u.id })));
  const [org] = await db.select().from(organisations).where(eq(organisations.id, params.orgId));
  return rows.map((u) => {
    const viewer: Viewer = { id: u.id, orgId: u.orgId, role: "athlete", name: u.name, email: u.email, twoStepDue: false, calendar: calendarSettings(org), timeZone: ownTimeZone(u.timeZone, org?.timeZone) };
    return { id: u.id, caller: createCaller(createContextInner({ db, viewer })) };
  });
}

export async function openCasesOf(db: Db, athleteId: string) {
  return db.select().from(cases).where(and(eq(cases.athleteId, athleteId), ne(cases.status, "resolved")));
}
