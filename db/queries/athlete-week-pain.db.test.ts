/**
 * athlete_week_pain is kept by triggers on pain_reports (migration 0012): after a bulk load, new
 * reports, corrections, deletions and concurrent writers, every stored row must equal the worst
 * report of its week counted from scratch, for both week starts.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type BenchOrg, generateFederation } from "../../bench/generate";
import { demoIds } from "../../test/fixtures";
import { addAthletes, painReport } from "../../test/pain";
import { useTestDatabase } from "../../test/db";
import { rowsOf } from "../client";
import { weekStartSql } from "./sql-helpers";

const t = useTestDatabase();
let org: BenchOrg;
beforeAll(async () => {
  org = await generateFederation(t.db, { athletes: 12, teams: 2, days: 60 });
});

type Row = { athlete_id: string; week_starts_on: number; week: string; worst: number };
const order = sql`order by athlete_id, week_starts_on, week`;

async function stored(athleteIds: string[]) {
  return rowsOf<Row>(
    await t.db.execute(sql`select athlete_id, week_starts_on, week::text, worst from athlete_week_pain
      where athlete_id in (${sql.join(athleteIds.map((id) => sql`${id}::uuid`), sql`, `)}) ${order}`),
  );
}

async function counted(athleteIds: string[]) {
  const weekOf = (startsOn: 1 | 7) => sql`
    select athlete_id, ${startsOn}::int as week_starts_on, ${weekStartSql(sql`day`, startsOn)}::text as week, max(pain_now)::int as worst
      from pain_reports where athlete_id in (${sql.join(athleteIds.map((id) => sql`${id}::uuid`), sql`, `)}) group by 1, 2, 3`;
  return rowsOf<Row>(await t.db.execute(sql`select * from (${weekOf(1)} union all ${weekOf(7)}) x ${order}`));
}

const orgAthletes = async () =>
  rowsOf<{ id: string }>(await t.db.execute(sql`select id from users where org_id = ${org.orgId} and role = 'athlete'`)).map((r) => r.id);

describe("athlete_week_pain", () => {
  it("holds every athlete's worst report of each week after a bulk load, for both week starts", async () => {
    const ids = await orgAthletes();
    const rows = await stored(ids);
    expect(rows.length).toBeGreaterThan(ids.length * 2);
    expect(rows).toEqual(await counted(ids));
  });

  it("rises with a worse report, falls back when it is corrected, and empties when reports leave", async () => {
    const ids = await demoIds(t.db);
    const [a] = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 1, prefix: "awp" });
    const worstOf = async () => (await stored([a!.id])).map((r) => [r.week_starts_on, r.worst]);

    await a!.caller.pain.submit(painReport({ painNow: 2 }) as never);
    expect(await worstOf()).toEqual([
      [1, 2],
      [7, 2],
    ]);
    const worse = await a!.caller.pain.submit(painReport({ painNow: 6 }) as never);
    expect(await worstOf()).toEqual([
      [1, 6],
      [7, 6],
    ]);
    await a!.caller.pain.correct({ ...painReport({ painNow: 1 }), id: worse.reportId } as never);
    expect(await worstOf()).toEqual([
      [1, 2],
      [7, 2],
    ]);
    expect(await stored([a!.id])).toEqual(await counted([a!.id]));

    // A report moved to another day moves its week's worst with it.
    await t.db.execute(sql`update pain_reports set day = day - 21 where id = ${worse.reportId}`);
    expect(await stored([a!.id])).toEqual(await counted([a!.id]));
    expect((await stored([a!.id])).length).toBeGreaterThanOrEqual(4);

    await t.db.execute(sql`delete from pain_reports where athlete_id = ${a!.id}`);
    expect(await stored([a!.id])).toEqual([]);
  });

  it("stays right when an athlete's reports and corrections race each other", async () => {
    const ids = await demoIds(t.db);
    const athletes = await addAthletes(t.db, { orgId: ids.riversideOrg, teamId: ids.roadTeam, count: 4, prefix: "awprace" });
    const first = await Promise.all(athletes.map((a) => a.caller.pain.submit(painReport({ painNow: 8 }) as never)));
    await Promise.all(
      athletes.flatMap((a, i) => [
        a.caller.pain.correct({ ...painReport({ painNow: 1 }), id: first[i]!.reportId } as never),
        a.caller.pain.submit(painReport({ painNow: 3 + i }) as never),
        a.caller.pain.submit(painReport({ painNow: 2 }) as never),
      ]),
    );
    const athleteIds = athletes.map((a) => a.id);
    expect(await stored(athleteIds)).toEqual(await counted(athleteIds));
  });

  it("leaves with an erased athlete's reports", async () => {
    const [victim] = await orgAthletes();
    await t.db.execute(sql`delete from users where id = ${victim!}`);
    expect(await stored([victim!])).toEqual([]);
  });
});
