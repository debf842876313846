"use client";

import { BarChart3, Table2 } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type ChartTable = { columns: string[]; rows: (string | number)[][] };
export type ChartStatus = "ready" | "empty" | "too-little";

/**
 * A chart with its text alternatives: a written summary always shown under it, and the same
 * numbers as a table behind a toggle. The drawing itself is hidden from screen readers, which
 * get the summary and the table instead. Empty and "not enough data yet" states replace the chart.
 */
export function ChartFigure({
  title,
  description,
  summary,
  table,
  status = "ready",
  emptyText = "Nothing recorded in this period.",
  tooLittleText = "Not enough data yet to draw a trend.",
  children,
  note,
}: {
  title: string;
  description?: React.ReactNode;
  summary: string;
  table: ChartTable;
  status?: ChartStatus;
  emptyText?: string;
  tooLittleText?: string;
  children: React.ReactNode;
  note?: React.ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <Card className="min-w-0">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-2 pb-2">
        <div className="min-w-0 space-y-1">
          <CardTitle>
            <h2 id={headingId} className="text-base font-semibold">
              {title}
            </h2>
          </CardTitle>
          {description && <CardDescription>{description}</CardDescription>}
        </div>
        {status === "ready" && (
          <Button variant="ghost" size="sm" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)} data-print-hide>
            {asTable ? <BarChart3 aria-hidden /> : <Table2 aria-hidden />}
            {asTable ? "Show chart" : "Show table"}
          </Button>
        )}
      </CardHeader>
      <CardContent className="space-y-3">
        {status !== "ready" ? (
          <p className="rounded-md border border-dashed border-border px-3 py-8 text-center text-sm text-muted-foreground">
            {status === "empty" ? emptyText : tooLittleText}
          </p>
        ) : asTable ? (
          <Table aria-labelledby={headingId}>
            <TableHeader>
              <TableRow>
                {table.columns.map((c) => (
                  <TableHead key={c}>{c}</TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((r, i) => (
                <TableRow key={i}>
                  {r.map((v, j) => (
                    <TableCell key={j} className={j > 0 ? "tabular-nums" : undefined}>
                      {v}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <div aria-hidden className="w-full min-w-0 print:[&_svg]:h-auto print:[&_svg]:max-w-full">
            {children}
          </div>
        )}
        {status === "ready" && <p className="text-sm text-muted-foreground">{summary}</p>}
        {note}
      </CardContent>
    </Card>
  );
}
