import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { organisations, users } from "../../db/schema";
import { epochSeconds, sessionState } from "../domain/session-policy";
import { type CalendarSettings, calendarSettings } from "../domain/calendar";
import { twoStepDue } from "../domain/two-step-rules";
import type { Role } from "../domain/vocab";

/**
 * Who is calling, as the database says now, never as the token alone claims. `twoStepDue`: the
 * organisation requires two-step sign-in of staff and this staff member has not set it up, so
 * the session reaches only the enrolment (procedure builders and page gates check it). `calendar`:
 * the organisation's time zone and week start, read with the rest so that dashboards need no
 * second round trip for them.
 */
export type Viewer = { id: string; orgId: string; role: Role; name: string; email: string; twoStepDue: boolean; calendar: CalendarSettings };

export type TokenClaims = { uid?: unknown; sv?: unknown; authAt?: unknown; seenAt?: unknown };

/**
 * The token only says who signed in and when; whether that person may still act (active,
 * same session version, within the idle and absolute limits of their current role) is
 * decided here on every request.
 */
export async function resolveViewer(db: DbOrTx, claims: TokenClaims | null | undefined, now = new Date()): Promise<Viewer | null> {
  if (!claims || typeof claims.uid !== "string" || typeof claims.sv !== "number") return null;
  if (!/^[0-9a-f-]{36}$/i.test(claims.uid)) return null;
  const [row] = await db
    .select({
      id: users.id,
      orgId: users.orgId,
      role: users.role,
      name: users.name,
      email: users.email,
      sessionVersion: users.sessionVersion,
      totpEnabledAt: users.totpEnabledAt,
      orgRequires: organisations.requireStaffTotp,
      orgTimeZone: organisations.timeZone,
      orgWeekStartsOn: organisations.weekStartsOn,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(and(eq(users.id, claims.uid), eq(users.active, true)))
    .limit(1);
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
