"use client";

import { Input } from "@/components/ui/input";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { ROLE_LABEL } from "@/components/layout/nav-items";
import { ROLES } from "@/server/domain/role-vocab";
import type { PeopleFilterState } from "./people-filter-state";

type Props = { value: PeopleFilterState; onChange: (v: PeopleFilterState) => void; teams: { id: string; name: string }[] };

export function PeopleFilters({ value, onChange, teams }: Props) {
  const set = (patch: Partial<PeopleFilterState>) => onChange({ ...value, ...patch });
  return (
    <div className="flex flex-col gap-2 md:flex-row" role="search" aria-label="Filter people">
      <Input type="search" placeholder="Search by name or email" aria-label="Search people" value={value.q} onChange={(e) => set({ q: e.target.value })} className="md:flex-1" />
      <div className="grid grid-cols-2 gap-2 md:w-[32rem] md:grid-cols-3">
      <ChoiceSelect
        aria-label="Role"
        value={value.role}
        onValueChange={(role) => set({ role })}
        choices={[{ value: "all", label: "All roles" }, ...ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))]}
      />
      <ChoiceSelect
        aria-label="Team"
        className="order-last col-span-2 md:order-none md:col-span-1"
        value={value.teamId}
        onValueChange={(teamId) => set({ teamId })}
        choices={[{ value: "all", label: "All teams" }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
      />
      <ChoiceSelect
        aria-label="Status"
        value={value.status}
        onValueChange={(status) => set({ status: status as PeopleFilterState["status"] })}
        choices={[
          { value: "all", label: "Any status" },
          { value: "active", label: "Active" },
          { value: "deactivated", label: "Deactivated" },
        ]}
      />
      </div>
    </div>
  );
}
