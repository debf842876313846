"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { Field } from "@/components/ui/field";
import { ReadyFieldset } from "@/components/ui/ready-fieldset";
import { Switch } from "@/components/ui/switch";
import { TIER_LABEL } from "@/server/domain/case-labels";
import { CASE_TIERS, type CaseTier } from "@/server/domain/case-vocab";

export type QueueFilterState = { tier: CaseTier | null; teamId: string | null; assignedToMe: boolean };

const ALL = "all";

export function QueueFilters({ value, onChange }: { value: QueueFilterState; onChange: (v: QueueFilterState) => void }) {
  const trpc = useTRPC();
  const { data: teams } = useSuspenseQuery(trpc.triage.teams.queryOptions());
  return (
    <ReadyFieldset className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label="Filter cases">
      <Field label="Tier" className="sm:w-44">
        {(p) => (
          <ChoiceSelect
            {...p}
            value={value.tier ?? ALL}
            onValueChange={(v) => onChange({ ...value, tier: v === ALL ? null : (v as CaseTier) })}
            choices={[{ value: ALL, label: "All tiers" }, ...CASE_TIERS.map((t) => ({ value: t, label: TIER_LABEL[t] }))]}
          />
        )}
      </Field>
      <Field label="Team" className="sm:w-52">
        {(p) => (
          <ChoiceSelect
            {...p}
            value={value.teamId ?? ALL}
            onValueChange={(v) => onChange({ ...value, teamId: v === ALL ? null : v })}
            choices={[{ value: ALL, label: "All teams" }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
          />
        )}
      </Field>
      <Field label="Assigned to me" orientation="horizontal" className="sm:pb-0">
        <Switch checked={value.assignedToMe} onCheckedChange={(on) => onChange({ ...value, assignedToMe: on })} />
      </Field>
    </ReadyFieldset>
  );
}

/** Only the filters that are set, so the default queue shares its cache entry with the server's prefetch. */
export function queueInput(f: QueueFilterState) {
  return { ...(f.tier ? { tier: f.tier } : {}), ...(f.teamId ? { teamId: f.teamId } : {}), ...(f.assignedToMe ? { assignedToMe: true } : {}) };
}
