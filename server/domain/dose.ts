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
