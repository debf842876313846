import type { Tx } from "../client";
import { createProgram, programById } from "../queries/programs";
import { SEED_EXERCISES } from "./exercises";
import { SEED_PROGRAMS } from "./programs";

export type SeededProgram = Awaited<ReturnType<typeof programById>> & {};

/** The four templates as version 1 programs of the organisation, through the same query the builder uses. */
export async function seedPrograms(tx: Tx, params: { orgId: string; createdBy: string; library: Map<string, string> }) {
  const defaults = new Map(SEED_EXERCISES.map((e) => [e.slug, e.dose]));
  const result = new Map<string, NonNullable<SeededProgram>>();
  for (const p of SEED_PROGRAMS) {
    const id = await createProgram(tx, {
      orgId: params.orgId,
      userId: params.createdBy,
      input: {
        name: p.name,
        goal: p.goal,
        formCues: p.formCues,
        lifestyleNotes: p.lifestyleNotes,
        items: p.items.map((item) => ({
          exerciseId: params.library.get(item.exerciseSlug)!,
          dose: { ...defaults.get(item.exerciseSlug)!, ...item.dose },
          schedule: { kind: item.schedule.kind, timesPerWeek: item.schedule.timesPerWeek ?? null, weekdays: item.schedule.weekdays ?? null },
        })),
      },
    });
    const program = await programById(tx, { orgId: params.orgId, id });
    result.set(p.slug, program!);
  }
  return result;
}
