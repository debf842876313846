"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Athlete = { id: string; name: string; teams: string[] };

/** A federation has thousands of athletes: the list shows this many matches, chosen ones first. */
const SHOWN = 100;

/** Choose athletes by name or team; whoever is chosen stays listed while the search changes. */
export function AthletePicker({ athletes, chosen, onChange }: { athletes: Athlete[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim().toLowerCase());
  const picked = useMemo(() => new Set(chosen), [chosen]);
  const { listed, unlisted } = useMemo(() => {
    const first = athletes.filter((a) => picked.has(a.id));
    const others = athletes.filter((a) => !picked.has(a.id) && (!query || a.name.toLowerCase().includes(query) || a.teams.some((t) => t.toLowerCase().includes(query))));
    const rest = others.slice(0, Math.max(0, SHOWN - first.length));
    return { listed: [...first, ...rest], unlisted: others.length - rest.length };
  }, [athletes, query, picked]);
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));

  return (
    <div className="space-y-2">
      <Field label="Find athletes" description="Type part of a name or a team.">
        <Input type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
      </Field>
      <fieldset className="max-h-64 space-y-1 overflow-y-auto rounded-md border border-border p-2">
        <legend className="sr-only">Athletes</legend>
        {listed.length === 0 && <p className="p-2 text-sm text-muted-foreground">{athletes.length === 0 ? "You have no athletes yet." : `No athlete matches “${search.trim()}”.`}</p>}
        {listed.map((a) => (
          <Field
            key={a.id}
            orientation="horizontal"
            label={
              <>
                {a.name}
                {a.teams.length > 0 && <span className="font-normal text-muted-foreground"> · {a.teams.join(", ")}</span>}
              </>
            }
          >
            <Checkbox checked={picked.has(a.id)} onCheckedChange={(on) => toggle(a.id, on === true)} />
          </Field>
        ))}
      </fieldset>
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {chosen.length} chosen
        {unlisted > 0 && ` · ${unlisted} more ${unlisted === 1 ? "athlete matches" : "athletes match"}: type to narrow the list`}
      </p>
    </div>
  );
}
