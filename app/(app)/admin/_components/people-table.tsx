"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Users } from "lucide-react";
import { useDeferredValue, useState } from "react";
import { useDebounced } from "@/components/hooks/use-debounced";
import { ROLE_LABEL } from "@/components/layout/nav-items";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RouterOutputs } from "@/server/api/types";
import { NO_FILTER, type PeopleFilterState, toListInput } from "./people-filter-state";
import { PeopleFilters } from "./people-filters";
import { PersonActions } from "./person-actions";

export type PersonRow = RouterOutputs["people"]["list"][number];

/** Rows drawn at a time: a federation has a thousand people, each row with its own menu. */
const STEP = 100;

export function PeopleTable() {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<PeopleFilterState>(NO_FILTER);
  const q = useDebounced(filter.q);
  // Deferred: while a new filter loads, the current rows stay on screen instead of a skeleton.
  const input = useDeferredValue(toListInput({ ...filter, q }));
  const { data: people } = useSuspenseQuery(trpc.people.list.queryOptions(input));
  const { data: teams } = useSuspenseQuery(trpc.team.list.queryOptions());
  const currentTeams = teams.filter((t) => t.archivedAt === null);
  // Back to the first rows with a new search or filter (not when the same list refreshes).
  const listKey = JSON.stringify(input);
  const [shown, setShown] = useState({ listKey, count: STEP });
  const count = shown.listKey === listKey ? shown.count : STEP;
  const rows = people.slice(0, count);

  return (
    <div className="space-y-3">
      <PeopleFilters value={filter} onChange={setFilter} teams={currentTeams} />
      {people.length === 0 ? (
        <EmptyState icon={Users} title="Nobody matches" description="Try another search or clear the filters." />
      ) : (
        <>
        <ul className="divide-y divide-border rounded-lg border border-border bg-card sm:hidden" aria-label="People">
          {rows.map((p) => (
            <li key={p.id} className="flex items-start gap-3 px-4 py-3" data-testid="person-card">
              <div className="min-w-0 flex-1 space-y-1">
                <p className="truncate font-medium">{p.name}</p>
                <p className="truncate text-xs text-muted-foreground">{p.email}</p>
                <p className="text-sm">
                  {ROLE_LABEL[p.role]}
                  {p.teams.length > 0 && <span className="text-muted-foreground"> · {p.teams.map((t) => t.name).join(", ")}</span>}
                </p>
                <StatusBadge person={p} />
              </div>
              <PersonActions person={p} teams={currentTeams} />
            </li>
          ))}
        </ul>
        <Table aria-label="People" containerClassName="hidden sm:block">
          <TableHeader>
            <TableRow>
              <TableHead>Person</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Teams</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((p) => (
              <TableRow key={p.id} data-testid="person-row">
                <TableCell className="max-w-64">
                  <span className="block truncate font-medium">{p.name}</span>
                  <span className="block truncate text-xs text-muted-foreground">{p.email}</span>
                </TableCell>
                <TableCell className="whitespace-nowrap">{ROLE_LABEL[p.role]}</TableCell>
                <TableCell className="min-w-32">{p.teams.map((t) => t.name).join(", ") || <span className="text-muted-foreground">—</span>}</TableCell>
                <TableCell>
                  <StatusBadge person={p} />
                </TableCell>
                <TableCell className="text-right">
                  <PersonActions person={p} teams={currentTeams} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        </>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-xs text-muted-foreground" aria-live="polite">
          {people.length === 1 ? "1 person" : rows.length < people.length ? `First ${rows.length} of ${people.length} people` : `${people.length} people`}
        </p>
        {rows.length < people.length && (
          <Button variant="outline" size="sm" onClick={() => setShown({ listKey, count: count + STEP })}>
            Show {Math.min(STEP, people.length - rows.length)} more
          </Button>
        )}
      </div>
    </div>
  );
}

function StatusBadge({ person }: { person: PersonRow }) {
  if (!person.active) return <Badge variant="muted">Deactivated</Badge>;
  if (!person.hasPassword) return <Badge variant="info">No password yet</Badge>;
  return (
    <span className="flex flex-wrap gap-1">
      <Badge variant="success">Active</Badge>
      {person.twoStep && <Badge variant="outline">Two-step on</Badge>}
    </span>
  );
}
