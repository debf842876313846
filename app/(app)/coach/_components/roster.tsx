"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from "@tanstack/react-table";
import { ArrowUpDown, Users } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { ReturnToRunBadge, TierBadge } from "@/components/domain/tier-badge";
import { PainValue } from "@/components/domain/pain-value";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RouterOutputs } from "@/server/api/types";
import { ratioLabel } from "@/server/domain/adherence";

type Row = RouterOutputs["roster"]["list"][number];

const TIER_ORDER = { emergency: 0, "same-day": 1, routine: 2, watch: 3 } as const;

export function Roster() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.roster.list.queryOptions());
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filter, setFilter] = useState("");

  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      {
        accessorKey: "name",
        header: "Athlete",
        cell: ({ row }) => (
          <Link href={`/coach/athletes/${row.original.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
            {row.original.name}
          </Link>
        ),
      },
      { id: "teams", accessorFn: (r) => r.teams.join(", "), header: "Team" },
      {
        id: "lastPain",
        header: "Last pain",
        accessorFn: (r) => r.lastPain?.painNow ?? -1,
        cell: ({ row }) =>
          row.original.painHidden ? (
            <span className="text-muted-foreground">Shared as flags only</span>
          ) : (
            <PainValue pain={row.original.lastPain} />
          ),
      },
      {
        id: "thisWeek",
        header: "This week",
        accessorFn: (r) => r.adherence?.thisWeek.ratio ?? -1,
        cell: ({ row }) => <span className="tabular-nums">{ratioLabel(row.original.adherence?.thisWeek.ratio)}</span>,
      },
      {
        id: "last4Weeks",
        header: "4 weeks",
        accessorFn: (r) => r.adherence?.last4Weeks.ratio ?? -1,
        cell: ({ row }) => <span className="tabular-nums">{ratioLabel(row.original.adherence?.last4Weeks.ratio)}</span>,
      },
      {
        id: "case",
        header: "Open case",
        accessorFn: (r) => (r.caseTier ? TIER_ORDER[r.caseTier] : 9),
        cell: ({ row }) => (row.original.caseTier ? <TierBadge tier={row.original.caseTier} /> : <span className="text-muted-foreground">None</span>),
      },
      {
        id: "returnToRun",
        header: "Return to run",
        accessorFn: (r) => r.returnToRun ?? "",
        cell: ({ row }) =>
          row.original.returnToRun ? <ReturnToRunBadge status={row.original.returnToRun} /> : <span className="text-muted-foreground">—</span>,
      },
    ],
    [],
  );

  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  if (data.length === 0) {
    return <EmptyState icon={Users} title="No athletes yet" description="Athletes appear here once an admin adds them to one of your teams." />;
  }

  return (
    <div className="space-y-3">
      <Input
        type="search"
        placeholder="Search athletes or teams"
        aria-label="Search athletes or teams"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        className="max-w-xs"
      />
      <Table aria-label="Athletes">
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => (
                <TableHead key={header.id} aria-sort={sortState(header.column.getIsSorted())}>
                  <Button variant="ghost" size="sm" className="-ml-3" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <ArrowUpDown aria-hidden className="size-3.5 opacity-60" />
                  </Button>
                </TableHead>
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <TableRow key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className="text-xs text-muted-foreground" aria-live="polite">
        {table.getRowModel().rows.length} of {data.length} athletes
      </p>
    </div>
  );
}

function sortState(s: false | "asc" | "desc") {
  return s === "asc" ? "ascending" : s === "desc" ? "descending" : "none";
}
