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

function Outcome({ row }: { row: Row }) {
  return (
    <>
      <Badge variant={RESULT[row.status].variant}>{RESULT[row.status].label}</Badge>
      {row.problems.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
          {row.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {row.note && <p className="mt-1 text-sm text-muted-foreground">{row.note}</p>}
    </>
  );
}

export function ImportPreview({ check, busy, onConfirm, onCancel }: { check: Check; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { ready, skip, error } = check.summary;
  // Rows with problems first: they are what the admin has to act on.
  const rows = [...check.rows].sort((a, b) => Number(b.status === "error") - Number(a.status === "error") || a.line - b.line);
  return (
    <section aria-labelledby="preview-heading" className="space-y-4">
      <div>
        <h2 id="preview-heading" className="text-lg font-semibold">
          What the file contains
        </h2>
        <p className="text-sm text-muted-foreground">
          Only the ready rows are imported. People already in your organisation are left as they are; fix the other rows in the file and import it
          again.
        </p>
      </div>
      <div className="grid grid-cols-3 gap-2 sm:gap-3">
        <Stat label="Ready" value={ready} tone={ready > 0 ? "success" : "default"} />
        <Stat label="Already here" value={skip} />
        <Stat label="With problems" value={error} tone={error > 0 ? "warning" : "default"} />
      </div>
      <ul className="divide-y divide-border rounded-lg border border-border bg-card sm:hidden" aria-label="Rows of the file, as a list">
        {rows.map((r) => (
          <li key={r.line} data-status={r.status} className={`space-y-1 px-4 py-3 ${r.status === "error" ? "bg-warning-subtle/40" : ""}`}>
            <p className="text-xs text-muted-foreground">Line {r.line}</p>
            <p className="truncate font-medium">{r.name || "No name"}</p>
            <p className="truncate text-sm text-muted-foreground">
              {r.email || "no email"} · {r.team || "no team"}
              {r.birthDate && ` · ${r.birthDate}`}
            </p>
            <Outcome row={r} />
          </li>
        ))}
      </ul>
      <Table aria-label="Rows of the file" containerClassName="hidden sm:block">
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
                <Outcome row={r} />
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
