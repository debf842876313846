"use client";

import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ROLE_LABEL } from "@/components/layout/nav-items";
import { ROLES } from "@/server/domain/vocab";
import type { PeopleFilterState } from "./people-filter-state";

type Props = { value: PeopleFilterState; onChange: (v: PeopleFilterState) => void; teams: { id: string; name: string }[] };

export function PeopleFilters({ value, onChange, teams }: Props) {
  const set = (patch: Partial<PeopleFilterState>) => onChange({ ...value, ...patch });
  return (
    <div className="flex flex-col gap-2 md:flex-row" role="search" aria-label="Filter people">
      <Input type="search" placeholder="Search by name or email" aria-label="Search people" value={value.q} onChange={(e) => set({ q: e.target.value })} className="md:flex-1" />
      <div className="grid grid-cols-2 gap-2 md:w-[32rem] md:grid-cols-3">
      <Select value={value.role} onValueChange={(role) => set({ role })}>
        <SelectTrigger aria-label="Role">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">All roles</SelectItem>
          {ROLES.map((r) => (
            <SelectItem key={r} value={r}>
              {ROLE_LABEL[r]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Select value={value.teamId} onValueChange={(teamId) => set({ teamId })}>
        <SelectTrigger aria-label="Team" className="order-last col-span-2 md:order-none md:col-span-1">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">All teams</SelectItem>
          {teams.map((t) => (
            <SelectItem key={t.id} value={t.id}>
              {t.name}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Select value={value.status} onValueChange={(status) => set({ status: status as PeopleFilterState["status"] })}>
        <SelectTrigger aria-label="Status">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">Any status</SelectItem>
          <SelectItem value="active">Active</SelectItem>
          <SelectItem value="deactivated">Deactivated</SelectItem>
        </SelectContent>
      </Select>
      </div>
    </div>
  );
}
