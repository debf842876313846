import { addDays } from "../../server/domain/calendar";
import { submitPainReport } from "../../server/services/pain-report";
import type { PainArea, PainQuality, PainTiming, RedFlagAnswers } from "../../server/domain/vocab";
import type { Tx } from "../client";
import { acknowledgeCase, resolveCase, setReturnToRun } from "../queries/case-actions";
import { calendarOf } from "../queries/people";
import type { PainReportInput } from "../queries/pain";
import type { SeededOrg } from "./index";
import type { SeedOrg, SeedPainPattern } from "./people";
import { type Rng, rng } from "./random";

type Planned = { daysAgo: number; pain: number; worst?: number; areas?: PainArea[]; timings?: PainTiming[]; qualities?: PainQuality[]; redFlags?: RedFlagAnswers };

/** Low, slowly wandering pain (steps of at most one point), so mild athletes stay below the rules. */
function mild(r: Rng, from: number, to: number): Planned[] {
  const out: Planned[] = [];
  let pain = r.int(1, 2);
  for (let d = from - r.int(0, 3); d > to; d -= r.int(5, 9)) {
    out.push({ daysAgo: d, pain, timings: ["after-run"], qualities: [r.pick(["ache", "stiffness"] as const)] });
    pain = Math.min(2, Math.max(1, pain + r.int(-1, 1)));
  }
  return out;
}

/** Report plans per pattern, oldest first, in days before today. */
function plan(pattern: SeedPainPattern, r: Rng): Planned[] {
  switch (pattern) {
    case "none":
      return r.chance(0.5) ? [49, 35, 21, 7].map((d) => ({ daysAgo: d, pain: 0 })) : [];
    case "mild":
      return mild(r, 55, 1);
    case "moderate-episode":
      return [...mild(r, 55, 26), { daysAgo: 24, pain: 4 }, { daysAgo: 22, pain: 5, qualities: ["stiffness"] }, { daysAgo: 19, pain: 3 }, { daysAgo: 12, pain: 2 }, { daysAgo: 5, pain: 1 }];
    case "red-flag-arm":
      return [...mild(r, 50, 4), { daysAgo: 1, pain: 5, worst: 6, areas: ["upper-back", "arm"], qualities: ["burning"], redFlags: { radiatesArmOrNeck: true } }];
    case "red-flag-numbness":
      return [...mild(r, 50, 5), { daysAgo: 2, pain: 4, areas: ["upper-back", "neck"], redFlags: { numbnessTinglingWeakness: true } }];
    case "severe-nrs8":
      return [...mild(r, 50, 6), { daysAgo: 3, pain: 8, worst: 8, qualities: ["sharp"], timings: ["during-run"] }];
    case "persistent":
      return [12, 10, 8, 6, 4, 1].map((d, i) => ({ daysAgo: d, pain: [4, 4, 5, 4, 5, 5][i]!, timings: ["after-run", "at-rest"], qualities: ["ache"], redFlags: i === 5 ? { notEasingWithRest: true } : {} }));
    case "resolving":
      return [40, 38, 35, 32, 28, 21, 14, 7].map((d, i) => ({ daysAgo: d, pain: [5, 6, 5, 3, 2, 1, 0, 0][i]!, qualities: ["stiffness"] }));
  }
}

export async function seedPainHistory(tx: Tx, params: { org: SeedOrg; ids: SeededOrg; today: string; now: Date }) {
  const physio = params.ids.physioIds[0]!;
  for (const a of params.org.athletes) {
    const r = rng(`pain:${a.email}`);
    const athleteId = params.ids.athletes.get(a.email)!;
    const athlete = { id: athleteId, orgId: params.ids.orgId, name: a.name, timeZone: (await calendarOf(tx, { userId: athleteId })).timeZone };
    let lastCase: string | null = null;
    for (const p of plan(a.scenario.pain, r)) {
      // Mid-morning in the athlete's zone is close enough: the day is what matters.
      const at = new Date(params.now.getTime() - p.daysAgo * 86_400_000 - r.int(0, 3) * 3_600_000);
      const input: PainReportInput = {
        painNow: p.pain,
        painWorstRun: p.worst ?? (p.pain > 0 ? p.pain : null),
        areas: p.areas ?? ["upper-back"],
        timings: p.timings ?? [],
        qualities: p.qualities ?? [],
        redFlags: p.redFlags ?? {},
        ostrc: null,
        note: null,
      };
      const result = await submitPainReport(tx, { athlete, input, now: at });
      lastCase = result.caseId ?? lastCase;
      if (a.scenario.pain === "resolving" && p.daysAgo === 21 && lastCase) {
        await resolveCase(tx, { caseId: lastCase, actorId: physio, now: at, outcome: "self-care" });
        await setReturnToRun(tx, { caseId: lastCase, actorId: physio, now: at, athleteId, status: "cleared", reviewDay: null });
      }
    }
    if (a.scenario.pain === "severe-nrs8" && lastCase) {
      const at = new Date(params.now.getTime() - 2 * 86_400_000);
      await acknowledgeCase(tx, { caseId: lastCase, actorId: physio, now: at });
      await setReturnToRun(tx, { caseId: lastCase, actorId: physio, now: at, athleteId, status: "modified-training", reviewDay: addDays(params.today, 7) });
    }
  }
}
