import { z } from "zod";
import { RANGES } from "../domain/ranges";
import { CASE_TIERS, RETURN_TO_RUN } from "../domain/vocab";
import { id } from "./common";
import { ROSTER_PAGE_SIZES, ROSTER_SORTS } from "./dashboard-defaults";

export * from "./dashboard-defaults";

const range = z.enum(RANGES, { error: "Choose 4 weeks, 12 weeks or all." }).default("12w");
const teamId = id("Team").nullish().transform((v) => v ?? null);

export const rosterPageInput = z.object({
  teamId,
  search: z.string().trim().max(100, "Search can be at most 100 characters.").default(""),
  tier: z.enum([...CASE_TIERS, "none"]).nullish().transform((v) => v ?? null),
  returnToRun: z.enum([...RETURN_TO_RUN, "none"]).nullish().transform((v) => v ?? null),
  sort: z.enum(ROSTER_SORTS).default("name"),
  desc: z.boolean().default(false),
  page: z.number().int().min(0).max(10_000).default(0),
  pageSize: z.union(ROSTER_PAGE_SIZES.map((n) => z.literal(n))).default(25),
});
export type RosterPageInput = z.input<typeof rosterPageInput>;

export const teamOverviewInput = z.object({ teamId, range });
export const clinicOverviewInput = z.object({ range });
export const athleteProgressInput = z.object({ athleteId: id("Athlete"), range });
export const rosterExportInput = z.object({ teamId });
export const athleteExportInput = z.object({ athleteId: id("Athlete") });
