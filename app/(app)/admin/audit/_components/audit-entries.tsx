"use client";

import { LocalTime } from "@/components/domain/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { auditActionLabel } from "@/server/domain/audit-labels";

export type AuditEntry = {
  id: number;
  at: Date;
  action: string;
  actor: string;
  athlete: string | null;
  target: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
};

function details(e: AuditEntry): string {
  const parts = [e.target, ...Object.entries(e.detail ?? {}).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)];
  return parts.filter(Boolean).join(" · ");
}

/** A table on wide screens, a list of cards on phones. */
export function AuditEntries({ entries }: { entries: AuditEntry[] }) {
  return (
    <>
      <ul className="space-y-2 sm:hidden" aria-label="Audit entries">
        {entries.map((e) => (
          <li key={e.id} className="rounded-lg border border-border bg-card p-3 text-sm">
            <div className="flex items-baseline justify-between gap-2">
              <span className="font-medium">{auditActionLabel(e.action)}</span>
              <span className="shrink-0 text-xs text-muted-foreground tabular-nums"><LocalTime date={e.at} pattern="d MMM HH:mm:ss" /></span>
            </div>
            <div>
              {e.actor}
              {e.athlete && <span className="text-muted-foreground"> · about {e.athlete}</span>}
            </div>
            {details(e) && <div className="truncate text-xs text-muted-foreground">{details(e)}</div>}
          </li>
        ))}
      </ul>
      <Table aria-label="Audit entries" containerClassName="hidden sm:block">
        <TableHeader>
          <TableRow>
            <TableHead>When</TableHead>
            <TableHead>Person</TableHead>
            <TableHead>Action</TableHead>
            <TableHead>Athlete concerned</TableHead>
            <TableHead>Details</TableHead>
            <TableHead>Address</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={e.id}>
              <TableCell className="whitespace-nowrap tabular-nums"><LocalTime date={e.at} pattern="d MMM yyyy HH:mm:ss" /></TableCell>
              <TableCell className="font-medium">{e.actor}</TableCell>
              <TableCell>{auditActionLabel(e.action)}</TableCell>
              <TableCell>{e.athlete ?? "—"}</TableCell>
              <TableCell className="max-w-xs truncate text-muted-foreground" title={details(e)}>
                {details(e) || "—"}
              </TableCell>
              <TableCell className="whitespace-nowrap text-muted-foreground">{e.ip ?? "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
