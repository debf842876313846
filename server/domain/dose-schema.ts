import { z } from "zod";
import { DOSE_LIMITS, type Dose } from "./dose";

// Apart from dose.ts, so pages that only show doses do not bring zod with them.

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
