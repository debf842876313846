/**
 * A check-off keeps the athlete's open weeks current: the next organisation-wide read finds the
 * athlete's stored weeks trusted and counts nothing, and what is stored equals a fresh count.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/client";
import { recentAdherenceCtes } from "../../db/queries/adherence-recent";
import { callerAs, useTestDatabase, viewerByEmail } from "../../test/db";
import { type DemoIds, demoIds } from "../../test/fixtures";
import { calendarAt, recentWindow } from "./org-calendar";

const t = useTestDatabase();
let ids: DemoIds;
beforeAll(async () => {
  ids = await demoIds(t.db);
});

type Row = { athlete_id: string; due: number[]; done: number[] };

/** The athlete's recent weeks as a reader gets them, and how many athletes that read had to count. */
async function read(athleteId: string) {
  const viewer = await viewerByEmail(t.db, "athlete@riverside.example");
  const window = recentWindow(calendarAt(viewer.calendar));
  const [row] = rowsOf<Row & { counted: number }>(
    await t.db.execute(sql`with ${recentAdherenceCtes(sql`users.id = ${athleteId}`, window)}
      select r.athlete_id, r.due, r.done, (select count(*) from rec_new)::int as counted from adh_recent r`),
  );
  return { counted: row!.counted, due: row!.due.map(Number), done: row!.done.map(Number) };
}

/** The same weeks counted from the check-offs, whatever is stored. */
async function fresh(athleteId: string) {
  await t.db.execute(sql`update users set adherence_version = adherence_version + 1 where id = ${athleteId}`);
  const { due, done } = await read(athleteId);
  return { due, done };
}

describe("a check-off keeps the athlete's open weeks current", () => {
  it("leaves nothing for the next reader to count, and stores what a fresh count gives", async () => {
    const athlete = await callerAs(t.db, "athlete@riverside.example");
    const plan = await athlete.today.get({});
    const item = plan.groups.flatMap((g) => g.items.map((i) => ({ assignmentId: g.assignmentId, itemId: i.itemId, done: i.done })))[0]!;
    await read(ids.athlete);

    for (const done of [!item.done, item.done]) {
      await athlete.today.setDone({ assignmentId: item.assignmentId, itemId: item.itemId, day: plan.day, done });
      const after = await read(ids.athlete);
      expect(after.counted).toBe(0);
      expect({ due: after.due, done: after.done }).toEqual(await fresh(ids.athlete));
    }
  });

  it("counts the check-off in this week's figures", async () => {
    // A daily item still open today: which demo athletes have one depends on the weekday (run days differ).
    let found: { email: string; day: string; item: { assignmentId: string; itemId: string } } | undefined;
    for (const email of ["athlete01", "athlete02", "athlete03", "athlete04", "athlete05", "athlete"].map((n) => `${n}@riverside.example`)) {
      const plan = await (await callerAs(t.db, email)).today.get({});
      const item = plan.groups.flatMap((g) => g.items.filter((i) => !i.done && i.week === null).map((i) => ({ assignmentId: g.assignmentId, itemId: i.itemId })))[0];
      if (item) {
        found = { email, day: plan.day, item };
        break;
      }
    }
    expect(found, "a demo athlete with a daily item open today").toBeDefined();
    const athlete = await callerAs(t.db, found!.email);
    const id = (await viewerByEmail(t.db, found!.email)).id;
    const before = await read(id);
    await athlete.today.setDone({ ...found!.item, day: found!.day, done: true });
    const after = await read(id);
    expect(after.counted).toBe(0);
    expect(after.done[3]).toBe(before.done[3]! + 1);
  });
});
