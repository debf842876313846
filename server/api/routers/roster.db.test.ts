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

it("names for pickers: the same athletes as the roster, by name, with teams and nothing about health", async () => {
  const coach = await callerAs(t.db, "coach@riverside.example");
  const [names, rows] = await Promise.all([coach.roster.names(), coach.roster.list()]);
  expect(names.map((n) => n.id).sort()).toEqual(rows.map((r) => r.id).sort());
  expect(names.map((n) => n.name)).toEqual([...names.map((n) => n.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  for (const n of names) expect(Object.keys(n).sort()).toEqual(["id", "name", "teams"]);
  expect(names.find((n) => n.id === rows.find((r) => r.email === "athlete@riverside.example")!.id)!.teams).toEqual(["Road Runners"]);
  const other = await callerAs(t.db, "coach2@riverside.example");
  expect((await other.roster.names()).map((n) => n.id).sort()).toEqual((await other.roster.list()).map((r) => r.id).sort());
});
