import type { Role } from "@/server/domain/vocab";
import type { PeopleListInput } from "@/server/schemas/people";

export type PeopleFilterState = { q: string; role: string; teamId: string; status: "active" | "deactivated" | "all" };
export const NO_FILTER: PeopleFilterState = { q: "", role: "all", teamId: "all", status: "all" };

/** The procedure's input: "all" and empty text mean no filter. */
export function toListInput(f: PeopleFilterState): NonNullable<PeopleListInput> {
  return {
    status: f.status,
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
    ...(f.role !== "all" ? { role: f.role as Role } : {}),
    ...(f.teamId !== "all" ? { teamId: f.teamId } : {}),
  };
}

