"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { PainSparkline } from "@/components/charts/pain-sparkline";
import { PainValue } from "@/components/domain/pain-value";
import { ReturnToRunBadge, TierBadge } from "@/components/domain/tier-badge";
import type { RouterOutputs } from "@/server/api/types";
import { ratioLabel } from "@/server/domain/adherence";
import type { RosterSort } from "@/server/schemas/dashboard-defaults";

export type RosterRow = RouterOutputs["roster"]["page"]["rows"][number];

const Muted = ({ children }: { children: React.ReactNode }) => <span className="text-muted-foreground">{children}</span>;

function Ratio({ r }: { r: RosterRow["adherence"]["thisWeek"] }) {
  return (
    <span className="flex flex-col tabular-nums">
      <span className="font-medium">{ratioLabel(r.ratio)}</span>
      <span className="text-xs text-muted-foreground">{r.due > 0 ? `${r.done} of ${r.due}` : "nothing due"}</span>
    </span>
  );
}

/**
 * Column ids are the server's sort keys (the table sorts nothing itself: manualSorting); the
 * accessors only make TanStack offer sorting on the column. The sparkline is not sortable.
 */
export function rosterColumns(sparkFrom: string): ColumnDef<RosterRow>[] {
  return [
    {
      id: "name" satisfies RosterSort,
      accessorFn: (r) => r.name,
      header: "Athlete",
      cell: ({ row }) => (
        <Link href={`/coach/athletes/${row.original.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
          {row.original.name}
        </Link>
      ),
    },
    { id: "team" satisfies RosterSort, accessorFn: (r) => r.teams[0] ?? "", header: "Team", cell: ({ row }) => row.original.teams.join(", ") || <Muted>—</Muted> },
    {
      id: "lastPain" satisfies RosterSort,
      accessorFn: (r) => r.lastPain?.painNow ?? null,
      header: "Last pain",
      // Highest first: the athletes who hurt most come to the top.
      sortDescFirst: true,
      cell: ({ row }) => (row.original.painHidden ? <Muted>Shared as flags only</Muted> : <PainValue pain={row.original.lastPain} />),
    },
    {
      id: "spark",
      header: "14 days",
      enableSorting: false,
      cell: ({ row }) => (row.original.spark ? <PainSparkline values={row.original.spark} from={sparkFrom} /> : <Muted>—</Muted>),
    },
    { id: "thisWeek" satisfies RosterSort, accessorFn: (r) => r.adherence.thisWeek.ratio, header: "This week", cell: ({ row }) => <Ratio r={row.original.adherence.thisWeek} /> },
    { id: "last4Weeks" satisfies RosterSort, accessorFn: (r) => r.adherence.last4Weeks.ratio, header: "4 weeks", cell: ({ row }) => <Ratio r={row.original.adherence.last4Weeks} /> },
    {
      id: "case" satisfies RosterSort,
      accessorFn: (r) => r.caseTier,
      header: "Open case",
      cell: ({ row }) => (row.original.caseTier ? <TierBadge tier={row.original.caseTier} /> : <Muted>None</Muted>),
    },
    {
      id: "returnToRun" satisfies RosterSort,
      accessorFn: (r) => r.returnToRun,
      header: "Return to run",
      cell: ({ row }) => (row.original.returnToRun ? <ReturnToRunBadge status={row.original.returnToRun} /> : <Muted>—</Muted>),
    },
  ];
}
