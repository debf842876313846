"use client";

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

export type RosterColumn = {
  id: string;
  header: string;
  /** The server's sort key, for a column that sorts (the table sorts nothing itself). */
  sort?: RosterSort;
  /** Sorted highest first on the first click. */
  descFirst?: boolean;
  cell: (row: RosterRow, sparkFrom: string) => React.ReactNode;
};

export const ROSTER_COLUMNS: RosterColumn[] = [
  {
    id: "name",
    sort: "name",
    header: "Athlete",
    cell: (r) => (
      <Link href={`/coach/athletes/${r.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
        {r.name}
      </Link>
    ),
  },
  { id: "team", sort: "team", header: "Team", cell: (r) => r.teams.join(", ") || <Muted>—</Muted> },
  {
    id: "lastPain",
    sort: "lastPain",
    header: "Last pain",
    // Highest first: the athletes who hurt most come to the top.
    descFirst: true,
    cell: (r) => (r.painHidden ? <Muted>Shared as flags only</Muted> : <PainValue pain={r.lastPain} />),
  },
  { id: "spark", header: "14 days", cell: (r, sparkFrom) => (r.spark ? <PainSparkline values={r.spark} from={sparkFrom} /> : <Muted>—</Muted>) },
  { id: "thisWeek", sort: "thisWeek", header: "This week", cell: (r) => <Ratio r={r.adherence.thisWeek} /> },
  { id: "last4Weeks", sort: "last4Weeks", header: "4 weeks", cell: (r) => <Ratio r={r.adherence.last4Weeks} /> },
  { id: "case", sort: "case", header: "Open case", cell: (r) => (r.caseTier ? <TierBadge tier={r.caseTier} /> : <Muted>None</Muted>) },
  { id: "returnToRun", sort: "returnToRun", header: "Return to run", cell: (r) => (r.returnToRun ? <ReturnToRunBadge status={r.returnToRun} /> : <Muted>—</Muted>) },
];
