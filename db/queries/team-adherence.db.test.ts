/**
 * The organisation-wide charts read each team's and the organisation's stored sums of the recent
 * weeks while they match, and those sums always equal what summing every athlete gives: after the
 * first count, through check-offs made in the app, and after changes they cannot follow.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type BenchOrg, generateFederation } from "../../bench/generate";
import { visibleAthletesCondition, visibleTeamsCondition } from "../../server/access";
import { weekRange } from "../../server/domain/ranges";
import { calendarAt, recentWindow } from "../../server/services/org-calendar";
import { callerAs, useTestDatabase, viewerByEmail } from "../../test/db";
import { rowsOf } from "../client";
import { teamAdherence } from "./team-adherence";

const t = useTestDatabase();
let org: BenchOrg;
let athletes: { id: string; email: string }[];
beforeAll(async () => {
  org = await generateFederation(t.db, { athletes: 24, teams: 3, days: 60 });
  athletes = rowsOf<{ id: string; email: string }>(
    await t.db.execute(sql`select id, email from users where org_id = ${org.orgId} and role = 'athlete' order by email limit 8`),
  );
});

/** The admin's charts both ways: from the stored sums where they match, and summed per athlete. */
async function read() {
  const viewer = await viewerByEmail(t.db, org.adminEmail);
  const cal = calendarAt(viewer.calendar);
  const range = weekRange("12w", cal.today, cal.weekStartsOn);
  const params = {
    orgId: viewer.orgId,
    athletes: visibleAthletesCondition(viewer),
    teams: visibleTeamsCondition(viewer),
    hidePainFromCoach: false,
    timeZone: cal.timeZone,
    weekStartsOn: cal.weekStartsOn,
    window: recentWindow(cal),
    chartFrom: range.from,
    lastWeek: range.thisWeek,
  };
  const stored = await teamAdherence(t.db, { ...params, orgWide: true });
  const counted = await teamAdherence(t.db, { ...params, orgWide: false });
  const figures = ({ source: _, ...rest }: typeof stored) => rest;
  return { source: stored.source, stored: figures(stored), counted: figures(counted) };
}

/** Checks off (or undoes) the first exercise of the athlete's day, as the app does. */
async function toggleFirstItem(email: string) {
  const caller = await callerAs(t.db, email);
  const plan = await caller.today.get({});
  const item = plan.groups.flatMap((g) => g.items.map((i) => ({ assignmentId: g.assignmentId, itemId: i.itemId, done: i.done })))[0];
  if (!item) return false;
  await caller.today.setDone({ assignmentId: item.assignmentId, itemId: item.itemId, day: plan.day, done: !item.done });
  return true;
}

describe("the organisation's stored sums of the recent weeks", () => {
  it("are counted and stored by the first read, then read back equal to a count", async () => {
    await read();
    const { source, stored, counted } = await read();
    expect(source).toBe("stored");
    expect(stored).toEqual(counted);
    expect(stored.withDue).toBeGreaterThan(0);
  });

  it("stay current through check-offs and their undoing, with nothing counted on read", async () => {
    await read();
    let toggled = 0;
    for (const a of athletes) if (await toggleFirstItem(a.email)) toggled++;
    expect(toggled).toBeGreaterThan(3);
    const afterCheckOffs = await read();
    expect(afterCheckOffs.source).toBe("stored");
    expect(afterCheckOffs.stored).toEqual(afterCheckOffs.counted);
    for (const a of athletes.slice(0, 3)) await toggleFirstItem(a.email);
    const afterUndo = await read();
    expect(afterUndo.source).toBe("stored");
    expect(afterUndo.stored).toEqual(afterUndo.counted);
  });

  it("stop matching after a change they cannot follow, and the next read counts again", async () => {
    await read();
    const [member] = rowsOf<{ team_id: string; user_id: string }>(
      await t.db.execute(sql`select m.team_id, m.user_id from team_members m where m.user_id = ${athletes[0]!.id} limit 1`),
    );
    await t.db.execute(sql`delete from team_members where team_id = ${member!.team_id} and user_id = ${member!.user_id}`);
    const afterLeaving = await read();
    expect(afterLeaving.source).toBe("counted");
    expect(afterLeaving.stored).toEqual(afterLeaving.counted);
    await t.db.execute(sql`insert into team_members (team_id, user_id) values (${member!.team_id}, ${member!.user_id})`);

    await read();
    // What a new assignment or pause does to the athlete's versions (the database's triggers).
    await t.db.execute(sql`update users set adherence_version = adherence_version + 1 where id = ${athletes[1]!.id}`);
    const afterChange = await read();
    expect(afterChange.source).toBe("counted");
    expect(afterChange.stored).toEqual(afterChange.counted);
    expect((await read()).source).toBe("stored");
  });

  it("never disagree with a count after check-offs racing each other", async () => {
    await read();
    await Promise.all(athletes.slice(0, 4).flatMap((a) => [toggleFirstItem(a.email), toggleFirstItem(a.email)]));
    const { stored, counted } = await read();
    expect(stored).toEqual(counted);
  });
});
