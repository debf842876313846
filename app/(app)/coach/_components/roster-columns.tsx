"use client";

import Link from "next/link";
import { PainSparkline } from "@/components/charts/pain-sparkline";
import { PainValue } from "@/components/domain/pain-value";
import { ReturnToRunBadge, TierBadge } from "@/components/domain/tier-badge";
import type { RouterOutputs } from "@/server/api/types";
import { ratioLabel } from "@/server/domain/adherence";
import type { RosterSort } from "@/server/schemas/dashboard-defaults";

export type RosterRow = RouterOutputs["roster"]["page"]["rows"][number];

/**
 * A roster column. The server sorts and pages (the table sorts nothing itself): a sortable column's
 * id is the server's sort key for it.
 */
export type RosterColumn =
  | { id: RosterSort; header: string; sortable: true; sortDescFirst?: boolean; cell: (row: RosterRow) => React.ReactNode }
  | { id: string; header: string; sortable: false; cell: (row: RosterRow) => React.ReactNode };

const Muted = ({ children }: { children: React.ReactNode }) => <span className="text-muted-foreground">{children}</span>;

function Ratio({ r }: { r: RosterRow["adherence"]["thisWeek"] }) {
  return (
    <span className="flex flex-col tabular-nums">
      <span className="font-medium">{ratioLabel(r.ratio)}</span>
      <span className="text-xs text-muted-foreground">{r.due > 0 ? `${r.done} of ${r.due}` : "nothing due"}</span>
    </span>
  );
}

export function rosterColumns(sparkFrom: string): RosterColumn[] {
  return [
    {
      id: "name",
      sortable: true,
      header: "Athlete",
      cell: (r) => (
        <Link href={`/coach/athletes/${r.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
          {r.name}
        </Link>
      ),
    },
    { id: "team", sortable: true, header: "Team", cell: (r) => r.teams.join(", ") || <Muted>—</Muted> },
    {
      id: "lastPain",
      sortable: true,
      header: "Last pain",
      // Highest first: the athletes who hurt most come to the top.
      sortDescFirst: true,
      cell: (r) => (r.painHidden ? <Muted>Shared as flags only</Muted> : <PainValue pain={r.lastPain} />),
    },
    { id: "spark", sortable: false, header: "14 days", cell: (r) => (r.spark ? <PainSparkline values={r.spark} from={sparkFrom} /> : <Muted>—</Muted>) },
    { id: "thisWeek", sortable: true, header: "This week", cell: (r) => <Ratio r={r.adherence.thisWeek} /> },
    { id: "last4Weeks", sortable: true, header: "4 weeks", cell: (r) => <Ratio r={r.adherence.last4Weeks} /> },
    { id: "case", sortable: true, header: "Open case", cell: (r) => (r.caseTier ? <TierBadge tier={r.caseTier} /> : <Muted>None</Muted>) },
    {
      id: "returnToRun",
      sortable: true,
      header: "Return to run",
      cell: (r) => (r.returnToRun ? <ReturnToRunBadge status={r.returnToRun} /> : <Muted>—</Muted>),
    },
  ];
}
