"use client";

import { Input } from "@/components/ui/input";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { RETURN_TO_RUN_LABEL, TIER_LABEL } from "@/server/domain/case-labels";
import { CASE_TIERS, type CaseTier, RETURN_TO_RUN, type ReturnToRun } from "@/server/domain/case-vocab";

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
      <ChoiceSelect
        aria-label="Case"
        className="w-full sm:w-44"
        value={value.tier ?? ANY}
        onValueChange={(v) => onChange({ ...value, tier: v === ANY ? null : (v as CaseTier | "none") })}
        choices={[{ value: ANY, label: "Any case" }, { value: "none", label: "No open case" }, ...CASE_TIERS.map((t) => ({ value: t, label: TIER_LABEL[t] }))]}
      />
      <ChoiceSelect
        aria-label="Return to run"
        className="w-full sm:w-52"
        value={value.returnToRun ?? ANY}
        onValueChange={(v) => onChange({ ...value, returnToRun: v === ANY ? null : (v as ReturnToRun | "none") })}
        choices={[{ value: ANY, label: "Any return to run" }, { value: "none", label: "No status set" }, ...RETURN_TO_RUN.map((s) => ({ value: s, label: RETURN_TO_RUN_LABEL[s] }))]}
      />
    </div>
  );
}
