/**
 * The team charts read final weeks from the weekly rollups: the figures must equal the ones
 * counted from the athlete weeks and the raw reports, and stay equal when anything a rolled week
 * depends on changes (a late correction of the past, a team change, a new or erased athlete).
 * Tampering with a stored row shows that the charts do read it, and that a change invalidates it.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { generateFederation, type BenchOrg } from "../../bench/generate";
import { callerAs, useTestDatabase } from "../../test/db";
import { addDays } from "../../server/domain/calendar";
import { rollupCutoffs } from "../../server/domain/rollups";
import { eraseAthlete } from "../../server/services/erasure";
import { orgCalendar } from "../../server/services/org-calendar";
import { weekRange } from "../../server/domain/ranges";
import { rowsOf } from "../client";
import { adherenceByAthleteWeek } from "./adherence-sql";
import { trustedTeamWeeks } from "./rollups";
import { painBandsByWeek } from "./team-stats";

const t = useTestDatabase();
let org: BenchOrg;
beforeAll(async () => {
  org = await generateFederation(t.db, { athletes: 30, teams: 3, days: 120 });
});

const admin = () => callerAs(t.db, org.adminEmail);
const charts = async () => (await admin()).dashboard.team({ teamId: null, range: "12w" });

/** Per team and week, summed from each athlete's weeks over the whole range, by current membership. */
async function expectedTeamWeeks() {
  const cal = await orgCalendar(t.db, org.orgId);
  const range = weekRange("12w", cal.today, cal.weekStartsOn);
  const weeks = await adherenceByAthleteWeek(t.db, {
    athletes: sql`users.org_id = ${org.orgId} and users.role = 'athlete'`,
    from: range.from,
    to: range.to,
    weekStartsOn: cal.weekStartsOn,
    now: cal.now,
  });
  const members = rowsOf<{ team_id: string; user_id: string }>(
    await t.db.execute(sql`select m.team_id, m.user_id from team_members m join teams on teams.id = m.team_id where teams.org_id = ${org.orgId}`),
  );
  const sums = new Map<string, { due: number; done: number }>();
  for (const m of members) {
    for (const w of weeks.filter((x) => x.athleteId === m.user_id)) {
      const cell = sums.get(`${m.team_id} ${w.week}`) ?? { due: 0, done: 0 };
      sums.set(`${m.team_id} ${w.week}`, { due: cell.due + w.due, done: cell.done + w.done });
    }
  }
  return sums;
}

async function expectChartsEqualCounts() {
  const o = await charts();
  const expected = await expectedTeamWeeks();
  for (const cell of o.adherenceByTeam) {
    expect({ cell: `${cell.teamName} ${cell.week}`, due: cell.due, done: cell.done }).toEqual({
      cell: `${cell.teamName} ${cell.week}`,
      ...(expected.get(`${cell.teamId} ${cell.week}`) ?? { due: 0, done: 0 }),
    });
  }
  // The same bands as counted week by week over the whole range (athlete_week_pain, itself
  // checked against the raw reports in athlete-week-pain.db.test.ts).
  const cal = await orgCalendar(t.db, org.orgId);
  const counted = await painBandsByWeek(t.db, {
    orgId: org.orgId,
    athletes: sql`users.org_id = ${org.orgId} and users.role = 'athlete'`,
    hidePainFromCoach: false,
    timeZone: cal.timeZone,
    weekStartsOn: cal.weekStartsOn,
    from: o.range.from,
    lastWeek: o.thisWeek,
    orgWide: false,
  });
  expect(o.painBands).toEqual(counted);
  return o;
}

const rolledRows = async (table: "team_week_adherence" | "org_week_pain") =>
  rowsOf<{ n: number }>(await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

describe("weekly rollups behind the team charts", () => {
  it("fill on the first view, then match the figures counted from scratch", async () => {
    const o = await expectChartsEqualCounts();
    const cutoffs = rollupCutoffs(o.thisWeek);
    const rolledAdherenceWeeks = o.range.weeks.filter((w) => w < addDays(o.thisWeek, -21)).length;
    expect(await rolledRows("team_week_adherence")).toBeGreaterThanOrEqual(3 * rolledAdherenceWeeks);
    expect(await rolledRows("org_week_pain")).toBe(o.range.weeks.filter((w) => w < cutoffs.painBefore).length);
    expect(o.adherenceByTeam.some((c) => c.week < cutoffs.adherenceBefore && c.due > 0)).toBe(true);
  });

  it("are read, and a late change of an athlete's past makes their team count again", async () => {
    const o = await charts();
    const old = o.range.weeks[1]!;
    const cell = o.adherenceByTeam.find((c) => c.week === old && c.due > 0)!;
    await t.db.execute(sql`update team_week_adherence set due = due + 1000, done = done + 1000 where team_id = ${cell.teamId} and week = ${old}`);
    const tampered = (await charts()).adherenceByTeam.find((c) => c.teamId === cell.teamId && c.week === old)!;
    expect(tampered.due).toBe(cell.due + 1000);
    // Anything that can change an athlete's past weeks bumps their adherence version.
    await t.db.execute(sql`update users set adherence_version = adherence_version + 1
                            where id = (select m.user_id from team_members m join users u on u.id = m.user_id and u.role = 'athlete' where m.team_id = ${cell.teamId} limit 1)`);
    await expectChartsEqualCounts();
  });

  it("follow an athlete who moves to another team", async () => {
    const [move] = rowsOf<{ user_id: string; from_team: string; to_team: string }>(
      await t.db.execute(sql`
        select m.user_id, m.team_id as from_team, (select id from teams where org_id = ${org.orgId} and id <> m.team_id limit 1) as to_team
          from team_members m join users u on u.id = m.user_id and u.role = 'athlete' and u.org_id = ${org.orgId} limit 1`),
    );
    await charts();
    await t.db.execute(sql`update team_members set team_id = ${move!.to_team} where user_id = ${move!.user_id} and team_id = ${move!.from_team}`);
    await expectChartsEqualCounts();
  });

  it("a team without members is stored as zeros and then trusted, not counted again on every view", async () => {
    const [team] = rowsOf<{ id: string }>(await t.db.execute(sql`insert into teams (org_id, name) values (${org.orgId}, 'Nobody yet') returning id`));
    const o = await charts();
    expect(o.adherenceByTeam.filter((c) => c.teamId === team!.id).every((c) => c.due === 0 && c.done === 0)).toBe(true);
    const cutoffs = rollupCutoffs(o.thisWeek);
    const trusted = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from ${trustedTeamWeeks({ teamIds: sql`select ${team!.id}::uuid`, weekStartsOn: 1, from: o.range.from, before: cutoffs.adherenceBefore })} r`),
    );
    expect(trusted[0]!.n).toBe(o.range.weeks.filter((w) => w < cutoffs.adherenceBefore).length);
  });

  it("pain bands are read, and count again when the organisation's athletes change", async () => {
    const o = await charts();
    const old = o.painBands[0]!;
    await t.db.execute(sql`update org_week_pain set severe = severe + 500 where org_id = ${org.orgId} and week = ${old.week}`);
    expect((await charts()).painBands[0]!.severe).toBe(old.severe + 500);
    const [athlete] = rowsOf<{ id: string }>(
      await t.db.execute(sql`select u.id from users u where u.org_id = ${org.orgId} and u.role = 'athlete'
                              and exists (select 1 from pain_reports p where p.athlete_id = u.id and p.day < ${old.week}::date + 7) order by u.id limit 1`),
    );
    const [actor] = rowsOf<{ id: string }>(await t.db.execute(sql`select id from users where email = ${org.adminEmail}`));
    await eraseAthlete(t.db, { athleteId: athlete!.id, actor: { id: actor!.id, orgId: org.orgId, ip: null } });
    await expectChartsEqualCounts();
  });
});
