import { desc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { painReports, users } from "../../../db/schema";
import { callerAs, useTestDatabase } from "../../../test/db";

const t = useTestDatabase();

it("shows each athlete's own latest pain report and teams", async () => {
  const coach = await callerAs(t.db, "coach@riverside.example");
  const rows = await coach.roster.list();
  expect(rows).toHaveLength(12);
  const [athlete] = await t.db.select().from(users).where(eq(users.email, "athlete@riverside.example"));
  const [latest] = await t.db.select().from(painReports).where(eq(painReports.athleteId, athlete!.id)).orderBy(desc(painReports.day), desc(painReports.reportedAt)).limit(1);
  const mine = rows.find((r) => r.id === athlete!.id)!;
  expect(mine.lastPain).toEqual({ painNow: latest!.painNow, day: latest!.day });
  expect(mine.teams).toEqual(["Road Runners"]);
});
