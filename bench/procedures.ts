/**
 * Server time of each dashboard procedure (through createCaller, as a request would run it),
 * beside the hand-written SQL that fetches the same rows: the lower bound it is measured against.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { rowsOf } from "../db/client";
import { createCaller } from "../server/api/root";
import { createContextInner } from "../server/api/trpc";
import type { Viewer } from "../server/auth/viewer";
import { addDays, localDay } from "../server/domain/calendar";
import type { BenchOrg } from "./generate";
import { round, type Timing, time } from "./stats";

export type ProcedureResult = { name: string; procedure: Timing; sqlLowerBound: Timing; ratio: number };

async function viewer(db: Db, email: string): Promise<Viewer> {
  const [u] = rowsOf<Viewer & { org_id: string }>(await db.execute(sql`select id, org_id, role, name, email from users where email = ${email}`));
  return { id: u!.id, orgId: u!.org_id, role: u!.role, name: u!.name, email: u!.email };
}

export async function benchProcedures(db: Db, org: BenchOrg, runs: number): Promise<ProcedureResult[]> {
  const coach = await viewer(db, org.coachEmail);
  const physio = await viewer(db, org.physioEmail);
  const athlete = await viewer(db, org.athleteEmail);
  const as = (v: Viewer) => createCaller(createContextInner({ db, viewer: v }));
  const today = localDay(new Date(), "Europe/London");
  const weekAgo5 = addDays(today, -35);
  const [openCase] = rowsOf<{ id: string }>(await db.execute(sql`select id from cases where org_id = ${org.orgId} and status <> 'resolved' limit 1`));

  const cases: { name: string; run: () => Promise<unknown>; lower: () => Promise<unknown> }[] = [
    {
      name: "roster (a coach's team)",
      run: () => as(coach).roster.list(),
      lower: () =>
        db.execute(sql`
          with mine as (
            select a.user_id id from team_members a join team_members c on c.team_id = a.team_id
             where c.user_id = ${coach.id} and a.user_id <> ${coach.id})
          select u.id, u.name,
                 (select p.pain_now from pain_reports p where p.athlete_id = u.id order by p.day desc limit 1) last_pain,
                 (select c.tier from cases c where c.athlete_id = u.id and c.status <> 'resolved') tier,
                 (select count(*) from completions k where k.athlete_id = u.id and k.day >= ${weekAgo5}::date) done
            from users u join mine on mine.id = u.id`),
    },
    {
      name: "athlete summary",
      run: () => as(coach).athlete.summary({ athleteId: athlete.id }),
      lower: () =>
        db.execute(sql`
          select (select count(*) from completions where athlete_id = ${athlete.id} and day >= ${weekAgo5}::date) done,
                 (select json_agg(p) from (select day, pain_now from pain_reports where athlete_id = ${athlete.id} and day >= ${addDays(today, -28)}::date) p) pain`),
    },
    {
      name: "triage queue",
      run: () => as(physio).triage.queue(),
      lower: () =>
        db.execute(sql`select c.id, u.name, c.tier, c.opened_at from cases c join users u on u.id = c.athlete_id
                        where c.org_id = ${org.orgId} and c.status <> 'resolved' order by c.tier, c.opened_at`),
    },
    ...(openCase
      ? [
          {
            name: "case page",
            run: () => as(physio).case.byId({ id: openCase.id }),
            lower: () =>
              db.execute(sql`select c.*, (select json_agg(p) from pain_reports p where p.athlete_id = c.athlete_id and p.day >= ${addDays(today, -90)}::date) reports
                               from cases c where c.id = ${openCase.id}`),
          },
        ]
      : []),
  ];

  const results: ProcedureResult[] = [];
  for (const c of cases) {
    const procedure = await time(c.run, runs);
    const sqlLowerBound = await time(c.lower, runs);
    results.push({ name: c.name, procedure, sqlLowerBound, ratio: round(procedure.median / Math.max(sqlLowerBound.median, 0.01)) });
  }
  return results;
}
