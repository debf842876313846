import type { Thresholds } from "../domain/escalation";

// Apart from settings.ts, so the settings form can show the limits without bringing zod.

export type Bounds = { min: number; max: number };

/** Limits that keep each rule meaningful: a pain threshold is an NRS value, a span is days. */
export const THRESHOLD_BOUNDS: Record<keyof Thresholds, Bounds> = {
  severePain: { min: 1, max: 10 },
  persistenceDays: { min: 1, max: 28 },
  persistencePain: { min: 1, max: 10 },
  worseningStep: { min: 1, max: 10 },
  historyPain: { min: 1, max: 10 },
  silenceDays: { min: 1, max: 28 },
  silencePain: { min: 1, max: 10 },
};

/** Minutes: from a quarter of an hour to 30 days. */
export const DEADLINE_BOUNDS: Bounds = { min: 15, max: 43_200 };
