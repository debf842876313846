"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Stat } from "@/components/ui/stat";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RouterOutputs } from "@/server/api/types";

type Check = Extract<RouterOutputs["peopleImport"]["preview"], { ok: true }>;
type Row = Check["rows"][number];

const RESULT: Record<Row["status"], { label: string; variant: "success" | "muted" | "warning" }> = {
  ready: { label: "Ready", variant: "success" },
  skip: { label: "Already here", variant: "muted" },
  error: { label: "Needs fixing", variant: "warning" },
};

export function ImportPreview({ check, busy, onConfirm, onCancel }: { check: Check; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { ready, skip, error } = check.summary;
  // Rows with problems first: they are what the admin has to act on.
  const rows = [...check.rows].sort((a, b) => Number(b.status === "error") - Number(a.status === "error") || a.line - b.line);
  return (
    <section aria-labelledby="preview-heading" className="space-y-4">
      <h2 id="preview-heading" className="text-lg font-semibold">
        What the file contains
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <Stat label="Ready to import" value={ready} tone={ready > 0 ? "success" : "default"} />
        <Stat label="Already in your organisation" value={skip} hint="Left as they are" />
        <Stat label="With problems" value={error} tone={error > 0 ? "warning" : "default"} hint={error > 0 ? "Not imported; fix the file and import it again" : undefined} />
      </div>
      <Table aria-label="Rows of the file">
        <TableHeader>
          <TableRow>
            <TableHead>Line</TableHead>
            <TableHead>Athlete</TableHead>
            <TableHead>Team</TableHead>
            <TableHead>Birth date</TableHead>
            <TableHead>Result</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.line} data-status={r.status} className={r.status === "error" ? "bg-warning-subtle/40" : undefined}>
              <TableCell className="tabular-nums">{r.line}</TableCell>
              <TableCell className="max-w-56">
                <span className="block truncate font-medium">{r.name || "—"}</span>
                <span className="block truncate text-xs text-muted-foreground">{r.email || "—"}</span>
              </TableCell>
              <TableCell>{r.team || "—"}</TableCell>
              <TableCell className="whitespace-nowrap">{r.birthDate ?? "—"}</TableCell>
              <TableCell className="min-w-56">
                <Badge variant={RESULT[r.status].variant}>{RESULT[r.status].label}</Badge>
                {r.problems.length > 0 && (
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                    {r.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
                {r.note && <p className="mt-1 text-sm text-muted-foreground">{r.note}</p>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="outline" onClick={onCancel}>
          Choose another file
        </Button>
        <Button disabled={ready === 0 || busy} onClick={onConfirm}>
          {busy ? "Importing…" : ready === 0 ? "Nothing to import" : `Import ${ready} ${ready === 1 ? "athlete" : "athletes"}`}
        </Button>
      </div>
    </section>
  );
}
