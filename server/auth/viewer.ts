import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { organisations, users } from "../../db/schema";
import { epochSeconds, sessionState } from "../domain/session-policy";
import { type CalendarSettings, calendarSettings, ownTimeZone } from "../domain/calendar";
import { twoStepDue } from "../domain/two-step-rules";
import type { Role } from "../domain/vocab";

/**
 * Who is calling, as the database says now, never as the token alone claims. `twoStepDue`: the
 * organisation requires two-step sign-in of staff and this staff member has not set it up, so
 * the session reaches only the enrolment (procedure builders and page gates check it). `calendar`:
 * the organisation's time zone and week start, and `timeZone`: the person's own (theirs if set,
 * else the organisation's), read with the rest so that dashboards and an athlete's day need no
 * second round trip for them.
 */
export type Viewer = { id: string; orgId: string; role: Role; name: string; email: string; twoStepDue: boolean; calendar: CalendarSettings; timeZone: string };

export type TokenClaims = { uid?: unknown; sv?: unknown; authAt?: unknown; seenAt?: unknown };

/**
 * Every request runs this statement, so it is prepared once per database: drizzle otherwise
 * builds a query's SQL text on each run (130 µs here, a twentieth of a roster request's CPU).
 */
const viewerQueries = new WeakMap<DbOrTx, ReturnType<typeof prepareViewerQuery>>();

function prepareViewerQuery(db: DbOrTx) {
  return db
    .select({
      id: users.id,
      orgId: users.orgId,
      role: users.role,
      name: users.name,
      email: users.email,
      sessionVersion: users.sessionVersion,
      totpEnabledAt: users.totpEnabledAt,
      timeZone: users.timeZone,
      orgRequires: organisations.requireStaffTotp,
      orgTimeZone: organisations.timeZone,
      orgWeekStartsOn: organisations.weekStartsOn,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(and(eq(users.id, sql.placeholder("uid")), eq(users.active, true)))
    .limit(1)
    .prepare("viewer");
}

function viewerQuery(db: DbOrTx) {
  let query = viewerQueries.get(db);
  if (!query) viewerQueries.set(db, (query = prepareViewerQuery(db)));
  return query;
}

/**
 * The token only says who signed in and when; whether that person may still act (active,
 * same session version, within the idle and absolute limits of their current role) is
 * decided here on every request.
 */
export async function resolveViewer(db: DbOrTx, claims: TokenClaims | null | undefined, now = new Date()): Promise<Viewer | null> {
  if (!claims || typeof claims.uid !== "string" || typeof claims.sv !== "number") return null;
  if (!/^[0-9a-f-]{36}$/i.test(claims.uid)) return null;
  const [row] = await viewerQuery(db).execute({ uid: claims.uid });
  if (!row || row.sessionVersion !== claims.sv) return null;
  if (sessionState(claims, row.role, epochSeconds(now)) !== "active") return null;
  return {
    id: row.id,
    orgId: row.orgId,
    role: row.role,
    name: row.name,
    email: row.email,
    twoStepDue: twoStepDue({ role: row.role, orgRequires: row.orgRequires, enabled: row.totpEnabledAt !== null }),
    calendar: calendarSettings({ timeZone: row.orgTimeZone, weekStartsOn: row.orgWeekStartsOn }),
    timeZone: ownTimeZone(row.timeZone, row.orgTimeZone),
  };
}

/** Where a session that must set up two-step sign-in is sent from every other page. */
export const TWO_STEP_SETUP_PATH = "/account/two-step";

export const ROLE_HOME: Record<Role, string> = {
  coach: "/coach",
  physio: "/triage",
  athlete: "/today",
  admin: "/admin",
};
