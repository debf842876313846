"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { flexRender, getCoreRowModel, type SortingState, useReactTable } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, Users } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { LoadError } from "@/components/charts/load-error";
import { useDebounced } from "@/components/hooks/use-debounced";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DEFAULT_ROSTER_INPUT, ROSTER_PAGE_SIZES, type RosterSort } from "@/server/schemas/dashboard-defaults";
import { rosterColumns } from "./roster-columns";
import { type RosterFilterState, RosterFilters } from "./roster-filters";
import { RosterPager } from "./roster-pager";

/** The roster table: search, filters, sorting and paging all run on the server, a page at a time. */
export function Roster({ teamId, wholeOrganisation = false }: { teamId: string | null; wholeOrganisation?: boolean }) {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<RosterFilterState>({ search: "", tier: null, returnToRun: null });
  const [sort, setSort] = useState<{ by: RosterSort; desc: boolean }>({ by: "name", desc: false });
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState<(typeof ROSTER_PAGE_SIZES)[number]>(DEFAULT_ROSTER_INPUT.pageSize);
  const search = useDebounced(filters.search.trim(), 300);
  const input = { ...DEFAULT_ROSTER_INPUT, teamId, search, tier: filters.tier, returnToRun: filters.returnToRun, sort: sort.by, desc: sort.desc, page, pageSize };
  const query = useQuery({ ...trpc.roster.page.queryOptions(input), placeholderData: keepPreviousData });
  // A new team, search or filter starts from the first page.
  useEffect(() => setPage(0), [teamId, search, filters.tier, filters.returnToRun, pageSize]);

  const data = query.data;
  const columns = useMemo(() => rosterColumns(data?.sparkFrom ?? ""), [data?.sparkFrom]);
  const sorting: SortingState = [{ id: sort.by, desc: sort.desc }];
  const table = useReactTable({
    data: data?.rows ?? [],
    columns,
    state: { sorting },
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    sortDescFirst: false,
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      if (next[0]) setSort({ by: next[0].id as RosterSort, desc: next[0].desc });
      setPage(0);
    },
    getCoreRowModel: getCoreRowModel(),
  });

  const filtered = search !== "" || filters.tier !== null || filters.returnToRun !== null;
  if (data && data.total === 0 && !filtered && teamId === null) {
    const where = wholeOrganisation ? "once they are invited or imported under People" : "once an admin adds them to one of your teams";
    return <EmptyState icon={Users} title="No athletes yet" description={`Athletes appear here ${where}.`} />;
  }
  return (
    <section aria-label="Roster" className="space-y-3">
      <RosterFilters value={filters} onChange={setFilters} />
      {!data && query.error ? (
        <LoadError what="roster" message={query.error.message} />
      ) : !data ? (
        <Skeleton className="h-96 w-full" label="Loading athletes" />
      ) : (
        <div aria-busy={query.isFetching} className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          <Table aria-label="Athletes">
            <TableHeader>
              {table.getHeaderGroups().map((group) => (
                <TableRow key={group.id}>
                  {group.headers.map((header, i) => (
                    <TableHead
                      key={header.id}
                      aria-sort={header.column.getCanSort() ? ariaSort(header.column.getIsSorted()) : undefined}
                      className={i === 0 ? "sticky left-0 z-10 bg-[color-mix(in_oklch,var(--color-muted)_50%,var(--color-card))]" : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <Button variant="ghost" size="sm" className="-ml-3" onClick={header.column.getToggleSortingHandler()}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <SortIcon state={header.column.getIsSorted()} />
                        </Button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </TableHead>
                  ))}
                </TableRow>
              ))}
            </TableHeader>
            <TableBody>
              {table.getRowModel().rows.map((row) => (
                <TableRow key={row.id}>
                  {row.getVisibleCells().map((cell, i) => (
                    <TableCell key={cell.id} className={i === 0 ? "sticky left-0 z-10 bg-card" : undefined}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
              {data.rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={columns.length} className="py-8 text-center text-muted-foreground">
                    No athletes match these filters.
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </div>
      )}
      {data && <RosterPager page={page} pageSize={pageSize} total={data.total} onPage={setPage} onPageSize={setPageSize} />}
    </section>
  );
}

function SortIcon({ state }: { state: false | "asc" | "desc" }) {
  const Icon = state === "asc" ? ArrowUp : state === "desc" ? ArrowDown : ArrowUpDown;
  return <Icon aria-hidden className={state ? "size-3.5" : "size-3.5 opacity-50"} />;
}

function ariaSort(s: false | "asc" | "desc") {
  return s === "asc" ? "ascending" : s === "desc" ? "descending" : "none";
}
