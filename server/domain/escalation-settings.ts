// What an organisation can tune in the escalation rules, the defaults, and the order of tiers: a
// module of its own so pages that show or sort by these do not bring the rules with them.
import type { CaseTier } from "./vocab";

export type Thresholds = {
  /** NRS at or above which pain is severe (same-day). */
  severePain: number;
  /** Pain must persist for more than this many days (routine). */
  persistenceDays: number;
  /** NRS at or above which a report counts towards persistence. */
  persistencePain: number;
  /** NRS points of rise that count as worsening (routine). */
  worseningStep: number;
  /** NRS at or above which a history of back problems escalates (routine). */
  historyPain: number;
  /** Days without a report after notable pain before someone checks in (watch). */
  silenceDays: number;
  /** NRS at or above which a later silence matters. */
  silencePain: number;
};

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  severePain: 7,
  persistenceDays: 7,
  persistencePain: 3,
  worseningStep: 2,
  historyPain: 4,
  silenceDays: 5,
  silencePain: 4,
});

/** Minutes from a case opening until someone must acknowledge it. */
export type AckDeadlines = Record<CaseTier, number>;

export const DEFAULT_ACK_DEADLINES: Readonly<AckDeadlines> = Object.freeze({
  emergency: 60,
  "same-day": 1440,
  routine: 4320,
  watch: 10080,
});

/** Higher is more urgent. */
export const TIER_RANK: Readonly<Record<CaseTier, number>> = Object.freeze({
  emergency: 4,
  "same-day": 3,
  routine: 2,
  watch: 1,
});

/** For sort(): most urgent first. Negative when `a` is more urgent than `b`. */
export function compareTiers(a: CaseTier, b: CaseTier): number {
  return TIER_RANK[b] - TIER_RANK[a];
}

/** The most urgent tier, or null for none. */
export function maxTier(tiers: Iterable<CaseTier>): CaseTier | null {
  let top: CaseTier | null = null;
  for (const tier of tiers) if (top === null || TIER_RANK[tier] > TIER_RANK[top]) top = tier;
  return top;
}
