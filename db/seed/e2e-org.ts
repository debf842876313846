import { hashPassword } from "../../server/auth/password";
import type { Db } from "../client";
import { athleteProfiles, organisations, teamMembers, teams, users } from "../schema";
import { DEMO_PASSWORD } from "./people";

/**
 * A small organisation only the browser tests use (seeded when UPRIGHT_E2E_FIXTURES=1), for
 * journeys that change organisation-wide settings, such as requiring two-step sign-in for
 * staff, without touching the demo organisations other specs sign in to at the same time.
 */
export const E2E_ORG = {
  slug: "lakeside-e2e",
  name: "Lakeside Test Club",
  team: "Lakeside Runners",
  admin: "admin@lakeside.example",
  coach: "coach@lakeside.example",
  athlete: "athlete@lakeside.example",
} as const;

export async function seedE2eOrganisation(db: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [org] = await tx.insert(organisations).values({ slug: E2E_ORG.slug, name: E2E_ORG.name, timeZone: "Europe/London" }).returning({ id: organisations.id });
    const orgId = org!.id;
    const [team] = await tx.insert(teams).values({ orgId, name: E2E_ORG.team }).returning({ id: teams.id });
    const people = await tx
      .insert(users)
      .values([
        { orgId, email: E2E_ORG.admin, name: "Lena Admin", role: "admin" as const, passwordHash },
        { orgId, email: E2E_ORG.coach, name: "Ola Coach", role: "coach" as const, passwordHash },
        { orgId, email: E2E_ORG.athlete, name: "Pat Runner", role: "athlete" as const, passwordHash },
      ])
      .returning({ id: users.id, role: users.role });
    const id = (role: string) => people.find((p) => p.role === role)!.id;
    await tx.insert(teamMembers).values([
      { teamId: team!.id, userId: id("coach") },
      { teamId: team!.id, userId: id("athlete") },
    ]);
    await tx.insert(athleteProfiles).values({ userId: id("athlete") });
  });
}
