"use client";

import { ROLE_LABEL } from "@/components/layout/nav-items";
import { Button } from "@/components/ui/button";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { auditActionLabel } from "@/server/domain/audit-labels";
import type { Role } from "@/server/domain/vocab";

export type AuditFilterValues = { actorId: string; athleteId: string; action: string; from: string; to: string };
export const NO_FILTERS: AuditFilterValues = { actorId: "", athleteId: "", action: "", from: "", to: "" };
const ANY = "any";

type Person = { id: string; name: string; role: Role };

export function AuditFilters(props: { people: Person[]; actions: string[]; value: AuditFilterValues; onChange: (v: AuditFilterValues) => void }) {
  const { people, actions, value, onChange } = props;
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  const athletes = people.filter((p) => p.role === "athlete");
  const pick = (label: string, current: string, options: { value: string; label: string }[], apply: (v: string) => void) => (
    <Field label={label}>
      {(p) => (
        <ChoiceSelect {...p} className="w-full" value={current || ANY} onValueChange={(v) => apply(v === ANY ? "" : v)} choices={[{ value: ANY, label: "Any" }, ...options]} />
      )}
    </Field>
  );
  // People lists run to a thousand names in a federation: the browser's own select draws them at
  // no cost, where a custom list would render every option on the page's first paint.
  const pickPerson = (label: string, current: string, options: { value: string; label: string }[], apply: (v: string) => void) => (
    <Field label={label}>
      <NativeSelect value={current} onChange={(e) => apply(e.target.value)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </Field>
  );
  return (
    <form className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end" aria-label="Filter the audit trail" onSubmit={(e) => e.preventDefault()}>
      {pickPerson("Person", value.actorId, people.map((p) => ({ value: p.id, label: `${p.name} (${ROLE_LABEL[p.role]})` })), (actorId) => set({ actorId }))}
      {pickPerson("Athlete concerned", value.athleteId, athletes.map((p) => ({ value: p.id, label: p.name })), (athleteId) => set({ athleteId }))}
      {pick("Action", value.action, actions.map((a) => ({ value: a, label: auditActionLabel(a) })), (action) => set({ action }))}
      <Field label="From">
        <Input type="date" value={value.from} max={value.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </Field>
      <Field label="To">
        <Input type="date" value={value.to} min={value.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </Field>
      <Button type="button" variant="outline" onClick={() => onChange(NO_FILTERS)} disabled={Object.values(value).every((v) => !v)}>
        Clear filters
      </Button>
    </form>
  );
}
