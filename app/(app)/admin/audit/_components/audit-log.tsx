"use client";

import { useInfiniteQuery, useSuspenseQuery } from "@tanstack/react-query";
import { ScrollText } from "lucide-react";
import { useState } from "react";
import { useDebounced } from "@/components/hooks/use-debounced";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { AuditEntries } from "./audit-entries";
import { AuditFilters, type AuditFilterValues, NO_FILTERS } from "./audit-filters";

export function AuditLog() {
  const trpc = useTRPC();
  const { data: options } = useSuspenseQuery(trpc.audit.filters.queryOptions());
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const person = useDebounced(filters.person.trim(), 300);
  const athlete = useDebounced(filters.athlete.trim(), 300);
  const input = {
    person: person || null,
    athlete: athlete || null,
    action: filters.action || null,
    from: filters.from || null,
    to: filters.to || null,
  };
  const list = useInfiniteQuery(trpc.audit.list.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor ?? undefined }));
  const entries = list.data?.pages.flatMap((p) => p.entries) ?? [];

  return (
    <div className="space-y-4">
      <AuditFilters actions={options.actions} value={filters} onChange={setFilters} />
      {list.isError && (
        <Alert variant="destructive" aria-label="Audit trail problem">
          {list.error.message}
        </Alert>
      )}
      {list.isPending ? (
        <Skeleton className="h-72 w-full" />
      ) : entries.length === 0 ? (
        <EmptyState icon={ScrollText} title="No entries" description="Nothing in the trail matches these filters." />
      ) : (
        <AuditEntries entries={entries} />
      )}
      {list.hasNextPage && (
        <Button variant="outline" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? "Loading…" : "Show older entries"}
        </Button>
      )}
    </div>
  );
}
