/**
 * The dashboard's constants and first inputs, kept apart from the zod schemas in dashboard.ts:
 * client pages import these, and importing the schemas would ship zod in their first load.
 */
import type { Range } from "../domain/ranges";
import type { RosterPageInput } from "./dashboard";

export const ROSTER_SORTS = ["name", "team", "lastPain", "thisWeek", "last4Weeks", "case", "returnToRun"] as const;
export type RosterSort = (typeof ROSTER_SORTS)[number];
export const ROSTER_PAGE_SIZES = [25, 50, 100] as const;

/** What the pages show first; the server prefetches exactly these inputs so the cache keys match. */
export const DEFAULT_RANGE: Range = "12w";
export const DEFAULT_ROSTER_INPUT = {
  teamId: null,
  search: "",
  tier: null,
  returnToRun: null,
  sort: "name",
  desc: false,
  page: 0,
  pageSize: 25,
} as const satisfies RosterPageInput;
