import { addDays, eachDay, weekStart } from "../../server/domain/calendar";
import { isActiveOn, isFlexible, isScheduledOn, weeklyTarget } from "../../server/domain/schedule";
import type { Tx } from "../client";
import { insertAssignments } from "../queries/assignments";
import { completions } from "../schema";
import type { SeededOrg } from "./index";
import { seedPainHistory } from "./pain-seed";
import type { SeedAthlete, SeedOrg } from "./people";
import type { SeededProgram } from "./programs-seed";
import { type Rng, rng } from "./random";

const HISTORY_DAYS = 56;
const ADHERENCE_RATE = { high: 0.9, medium: 0.7, low: 0.4 } as const;

/** Which templates an athlete follows: everyone warms up; the rest vary so the roster is not uniform. */
function programsFor(a: SeedAthlete, r: Rng): string[] {
  if (a.email.startsWith("athlete@")) return ["pre-run-warm-up", "core-circuit", "posture-and-breathing"];
  const chosen = ["pre-run-warm-up"];
  if (r.chance(0.75)) chosen.push("core-circuit");
  if (r.chance(0.5)) chosen.push("thoracic-mobility");
  if (r.chance(0.5)) chosen.push("posture-and-breathing");
  return chosen;
}

export async function seedHistory(
  tx: Tx,
  params: { org: SeedOrg; ids: SeededOrg; programs: Map<string, NonNullable<SeededProgram>>; today: string; now: Date },
) {
  const { org, ids, programs, today } = params;
  const start = addDays(today, -HISTORY_DAYS);
  const rows: (typeof completions.$inferInsert)[] = [];
  for (const athlete of org.athletes) {
    const r = rng(`history:${athlete.email}`);
    const athleteId = ids.athletes.get(athlete.email)!;
    const rate = ADHERENCE_RATE[athlete.scenario.adherence];
    for (const slug of programsFor(athlete, r)) {
      const program = programs.get(slug)!;
      const [assignment] = await insertAssignments(tx, {
        orgId: ids.orgId,
        programId: program.id,
        versionId: program.versionId,
        athleteIds: [athleteId],
        startDay: start,
        endDay: null,
        assignedBy: ids.coachId,
      });
      // Today is left open so the athlete has something to check off.
      for (const item of program.items) {
        const period = { activeFrom: start, activeTo: null, schedule: item.schedule };
        const days = eachDay(start, addDays(today, -1));
        const picked = isFlexible(item.schedule)
          ? flexibleDays(days, period, org.weekStartsOn, r)
          : days.filter((d) => isActiveOn(period, d) && isScheduledOn(item.schedule, d, athlete.runDays));
        for (const day of picked) {
          if (!r.chance(rate)) continue;
          rows.push({ athleteId, assignmentId: assignment!.id, itemId: item.id, day, late: r.chance(0.05) });
        }
      }
    }
  }
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(completions).values(rows.slice(i, i + 1000));
  await seedPainHistory(tx, { org, ids, today, now: params.now });
}

/** N days in each week for a "N times a week" item. */
function flexibleDays(days: string[], period: Parameters<typeof weeklyTarget>[0], weekStartsOn: 1 | 7, r: Rng): string[] {
  const byWeek = new Map<string, string[]>();
  for (const d of days) {
    const w = weekStart(d, weekStartsOn);
    byWeek.set(w, [...(byWeek.get(w) ?? []), d]);
  }
  const picked: string[] = [];
  for (const [w, weekDays] of byWeek) {
    const pool = [...weekDays];
    for (let n = weeklyTarget(period, w); n > 0 && pool.length > 0; n--) picked.push(pool.splice(r.int(0, pool.length - 1), 1)[0]!);
  }
  return picked;
}
