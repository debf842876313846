import { z } from "zod";
import type { DoseKind } from "./vocab";

/** Bounds shared by the zod schemas, the database checks and the form hints. */
export const DOSE_LIMITS = {
  sets: { min: 1, max: 20 },
  reps: { min: 1, max: 200 },
  holdSeconds: { min: 1, max: 600 },
  minutes: { min: 1, max: 120 },
} as const;

export type Dose = {
  kind: DoseKind;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  minutes: number | null;
  perSide: boolean;
};

const bounded = (key: keyof typeof DOSE_LIMITS, label: string) =>
  z
    .number({ error: `${label} must be a whole number.` })
    .int(`${label} must be a whole number.`)
    .min(DOSE_LIMITS[key].min, `${label} must be at least ${DOSE_LIMITS[key].min}.`)
    .max(DOSE_LIMITS[key].max, `${label} can be at most ${DOSE_LIMITS[key].max}.`);

/** A dose names exactly the numbers its kind needs: reps need sets and reps, a hold needs seconds. */
export const doseSchema = z
  .object({
    kind: z.enum(["reps", "hold", "minutes"]),
    sets: bounded("sets", "Sets").nullable(),
    reps: bounded("reps", "Reps").nullable(),
    holdSeconds: bounded("holdSeconds", "Hold").nullable(),
    minutes: bounded("minutes", "Minutes").nullable(),
    perSide: z.boolean(),
  })
  .superRefine((d, ctx) => {
    const need = (field: "sets" | "reps" | "holdSeconds" | "minutes", label: string) => {
      if (d[field] == null) ctx.addIssue({ code: "custom", path: [field], message: `Enter ${label}.` });
    };
    if (d.kind === "reps") {
      need("sets", "the number of sets");
      need("reps", "the number of reps");
    } else if (d.kind === "hold") need("holdSeconds", "how many seconds to hold");
    else need("minutes", "the number of minutes");
  })
  .transform((d): Dose => ({
    kind: d.kind,
    sets: d.kind === "minutes" ? null : d.sets,
    reps: d.kind === "reps" ? d.reps : null,
    holdSeconds: d.kind === "hold" ? d.holdSeconds : null,
    minutes: d.kind === "minutes" ? d.minutes : null,
    perSide: d.perSide,
  }));

/** "3 × 12 per side", "3 × 30 s hold", "5 min". */
export function describeDose(d: Dose): string {
  const side = d.perSide ? " per side" : "";
  switch (d.kind) {
    case "reps":
      return `${d.sets ?? 1} × ${d.reps ?? 0}${side}`;
    case "hold":
      return `${d.sets && d.sets > 1 ? `${d.sets} × ` : ""}${d.holdSeconds ?? 0} s hold${side}`;
    case "minutes":
      return `${d.minutes ?? 0} min${side}`;
  }
}
