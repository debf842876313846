import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RouterOutputs } from "@/server/api/types";

type Row = RouterOutputs["dashboard"]["clinic"]["workload"][number];

export function WorkloadTable({ rows }: { rows: Row[] }) {
  return (
    <section aria-labelledby="workload-heading" className="space-y-3">
      <h2 id="workload-heading" className="text-lg font-semibold">
        Workload per physiotherapist
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No active physiotherapists in the organisation.</p>
      ) : (
        <Table aria-labelledby="workload-heading">
          <TableHeader>
            <TableRow>
              <TableHead>Physiotherapist</TableHead>
              <TableHead>Open cases assigned</TableHead>
              <TableHead>Acknowledged in period</TableHead>
              <TableHead>Closed in period</TableHead>
              <TableHead>Notes written</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell className="font-medium">{r.name}</TableCell>
                <TableCell className="tabular-nums">{r.openAssigned}</TableCell>
                <TableCell className="tabular-nums">{r.acknowledged}</TableCell>
                <TableCell className="tabular-nums">{r.resolved}</TableCell>
                <TableCell className="tabular-nums">{r.notes}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
