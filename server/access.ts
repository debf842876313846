/**
 * The one place that decides which athletes, teams and records a caller may touch.
 * Everything here starts from the viewer (session + database), never from client input:
 * an id the caller may not see is answered exactly like one that does not exist.
 */
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { athleteProfiles, teamMembers, teams, users } from "../db/schema";
import { notFound } from "./api/errors";
import type { Viewer } from "./auth/viewer";
import { ownTimeZone } from "./domain/calendar";

/** Every team of the organisation that is not archived: what physios and admins see. */
export const orgTeamsCondition = (orgId: string) => and(eq(teams.orgId, orgId), isNull(teams.archivedAt))!;

/** Every athlete of the organisation: what physios and admins see. */
export const orgAthletesCondition = (orgId: string) => and(eq(users.orgId, orgId), eq(users.role, "athlete"))!;

/** Teams a coach coaches (not archived); every team of the organisation for physios and admins. */
export function visibleTeamsCondition(viewer: Viewer): SQL {
  const base = orgTeamsCondition(viewer.orgId);
  if (viewer.role === "physio" || viewer.role === "admin") return base;
  return and(
    base,
    inArray(teams.id, sql`(select ${teamMembers.teamId} from ${teamMembers} where ${teamMembers.userId} = ${viewer.id})`),
  )!;
}

/** A condition on `users` that holds for exactly the athletes the viewer may see. */
export function visibleAthletesCondition(viewer: Viewer): SQL {
  const athletesOfOrg = orgAthletesCondition(viewer.orgId);
  switch (viewer.role) {
    case "athlete":
      return and(athletesOfOrg, eq(users.id, viewer.id))!;
    case "physio":
    case "admin":
      return athletesOfOrg;
    case "coach":
      return and(
        athletesOfOrg,
        inArray(
          users.id,
          sql`(select a.user_id from ${teamMembers} a
                join ${teamMembers} c on c.team_id = a.team_id
                join ${teams} t on t.id = a.team_id
               where c.user_id = ${viewer.id} and t.archived_at is null and t.org_id = ${viewer.orgId})`,
        ),
      )!;
  }
}

/**
 * timeZone: the one the athlete's day follows, theirs if set, else the organisation's. A visible
 * athlete is always of the viewer's organisation, so its calendar (on the viewer) is theirs too.
 */
/**
 * timeZone: the one the athlete's days follow. sharesPainWithCoach: whether the athlete lets
 * coaches see pain figures (read here so that pages deciding what a coach sees need no second read).
 */
export type AthleteRef = { id: string; name: string; email: string; timeZone: string; sharesPainWithCoach: boolean };

export async function findVisibleAthlete(db: DbOrTx, viewer: Viewer, athleteId: string): Promise<AthleteRef | null> {
  if (!isUuid(athleteId)) return null;
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      sharesPainWithCoach: sql<boolean>`coalesce((select ${athleteProfiles.coachSeesPainDetails} from ${athleteProfiles} where ${athleteProfiles.userId} = ${users.id}), true)`,
    })
    .from(users)
    .where(and(eq(users.id, athleteId), visibleAthletesCondition(viewer)))
    .limit(1);
  return row ? { ...row, timeZone: ownTimeZone(row.timeZone, viewer.calendar.timeZone) } : null;
}

export async function requireVisibleAthlete(db: DbOrTx, viewer: Viewer, athleteId: string): Promise<AthleteRef> {
  const athlete = await findVisibleAthlete(db, viewer, athleteId);
  if (!athlete) throw notFound("Athlete");
  return athlete;
}

export async function visibleTeams(db: DbOrTx, viewer: Viewer) {
  return db.select({ id: teams.id, name: teams.name }).from(teams).where(visibleTeamsCondition(viewer)).orderBy(teams.name);
}

export async function requireVisibleTeam(db: DbOrTx, viewer: Viewer, teamId: string) {
  if (!isUuid(teamId)) throw notFound("Team");
  const [row] = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.id, teamId), visibleTeamsCondition(viewer)))
    .limit(1);
  if (!row) throw notFound("Team");
  return row;
}

export function isUuid(v: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
}
