"use client";

import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { RETURN_TO_RUN_LABEL, TIER_LABEL } from "@/server/domain/labels";
import { CASE_TIERS, type CaseTier, RETURN_TO_RUN, type ReturnToRun } from "@/server/domain/vocab";

export type RosterFilterState = { search: string; tier: CaseTier | "none" | null; returnToRun: ReturnToRun | "none" | null };

const ANY = "any";

export function RosterFilters({ value, onChange }: { value: RosterFilterState; onChange: (v: RosterFilterState) => void }) {
  return (
    <div className="flex flex-wrap items-end gap-2" data-print-hide>
      <Input
        type="search"
        placeholder="Search by name or email"
        aria-label="Search athletes"
        value={value.search}
        onChange={(e) => onChange({ ...value, search: e.target.value })}
        className="w-full sm:w-64"
      />
      <Select value={value.tier ?? ANY} onValueChange={(v) => onChange({ ...value, tier: v === ANY ? null : (v as CaseTier | "none") })}>
        <SelectTrigger aria-label="Case" className="w-[calc(50%-0.25rem)] sm:w-44">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ANY}>Any case</SelectItem>
          <SelectItem value="none">No open case</SelectItem>
          {CASE_TIERS.map((t) => (
            <SelectItem key={t} value={t}>
              {TIER_LABEL[t]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Select
        value={value.returnToRun ?? ANY}
        onValueChange={(v) => onChange({ ...value, returnToRun: v === ANY ? null : (v as ReturnToRun | "none") })}
      >
        <SelectTrigger aria-label="Return to run" className="w-[calc(50%-0.25rem)] sm:w-48">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ANY}>Any return to run</SelectItem>
          <SelectItem value="none">No status set</SelectItem>
          {RETURN_TO_RUN.map((s) => (
            <SelectItem key={s} value={s}>
              {RETURN_TO_RUN_LABEL[s]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
