"use client";

import { Button } from "@/components/ui/button";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { auditActionLabel } from "@/server/domain/audit-labels";

/** `person` and `athlete`: part of a name or email, as typed. */
export type AuditFilterValues = { person: string; athlete: string; action: string; from: string; to: string };
export const NO_FILTERS: AuditFilterValues = { person: "", athlete: "", action: "", from: "", to: "" };
const ANY = "any";

export function AuditFilters(props: { actions: string[]; value: AuditFilterValues; onChange: (v: AuditFilterValues) => void }) {
  const { actions, value, onChange } = props;
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  const pick = (label: string, current: string, options: { value: string; label: string }[], apply: (v: string) => void) => (
    <Field label={label}>
      {(p) => (
        <ChoiceSelect {...p} className="w-full" value={current || ANY} onValueChange={(v) => apply(v === ANY ? "" : v)} choices={[{ value: ANY, label: "Any" }, ...options]} />
      )}
    </Field>
  );
  // A federation has thousands of people: they are found by what the admin types, on the server,
  // rather than listed (a list of ten thousand names stalled the page drawing it).
  const search = (label: string, current: string, apply: (v: string) => void) => (
    <Field label={label}>
      <Input type="search" placeholder="Name or email" maxLength={100} value={current} onChange={(e) => apply(e.target.value)} />
    </Field>
  );
  return (
    <form className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end" aria-label="Filter the audit trail" onSubmit={(e) => e.preventDefault()}>
      {search("Person", value.person, (person) => set({ person }))}
      {search("Athlete concerned", value.athlete, (athlete) => set({ athlete }))}
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
