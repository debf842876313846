import { format, parseISO } from "date-fns";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PAIN_AREA_LABEL, PAIN_QUALITY_LABEL, PAIN_TIMING_LABEL, RED_FLAG_LABEL } from "@/server/domain/labels";
import { RED_FLAGS } from "@/server/domain/vocab";
import type { CaseDetail } from "./case-view";

/** The athlete's reports, newest first, with every answer: the text behind the chart. */
export function PainReportsTable({ reports }: { reports: CaseDetail["reports"] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Pain reports</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {reports.length === 0 ? (
          <p className="text-sm text-muted-foreground">No reports in the last 90 days.</p>
        ) : (
          <Table aria-label="Pain reports">
            <TableHeader>
              <TableRow>
                <TableHead>Day</TableHead>
                <TableHead>Now</TableHead>
                <TableHead>Worst on run</TableHead>
                <TableHead>Details</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {reports.map((r) => {
                const flags = RED_FLAGS.filter((f) => r.redFlags[f]);
                return (
                  <TableRow key={r.id}>
                    <TableCell className="align-top whitespace-nowrap">
                      {format(parseISO(r.day), "EEE d MMM")}
                      {r.revision > 1 && (
                        <Badge variant="muted" className="mt-1 block">
                          Corrected
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell className="align-top font-medium tabular-nums">{r.painNow}/10</TableCell>
                    <TableCell className="align-top tabular-nums">{r.painWorstRun === null ? "—" : `${r.painWorstRun}/10`}</TableCell>
                    <TableCell className="min-w-56 align-top text-sm whitespace-normal">
                      <p>{r.areas.map((a) => PAIN_AREA_LABEL[a]).join(", ")}</p>
                      {(r.timings.length > 0 || r.qualities.length > 0) && (
                        <p className="text-muted-foreground">
                          {[...r.timings.map((t) => PAIN_TIMING_LABEL[t]), ...r.qualities.map((q) => PAIN_QUALITY_LABEL[q])].join(" · ")}
                        </p>
                      )}
                      {flags.length > 0 && (
                        <p className="font-medium text-destructive">Warning signs: {flags.map((f) => RED_FLAG_LABEL[f]).join(", ")}</p>
                      )}
                      {r.note && <p className="mt-1 italic">“{r.note}”</p>}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
