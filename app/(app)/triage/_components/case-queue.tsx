"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { formatDistanceToNowStrict } from "date-fns";
import { ShieldCheck } from "lucide-react";
import { TierBadge } from "@/components/domain/tier-badge";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export function CaseQueue() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.triage.queue.queryOptions());
  if (data.length === 0) {
    return <EmptyState icon={ShieldCheck} title="No open cases" description="When a pain report trips an escalation rule, the case appears here." />;
  }
  const now = Date.now();
  return (
    <ul className="space-y-3" aria-label="Open cases">
      {data.map((c) => {
        const overdue = !c.acknowledgedAt && c.ackDueAt.getTime() < now;
        return (
          <li key={c.id}>
            <Card>
              <CardContent className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0 space-y-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <TierBadge tier={c.tier} />
                    <span className="font-semibold">{c.athleteName}</span>
                    {overdue && <Badge variant="destructive">Overdue</Badge>}
                    {c.acknowledgedAt && <Badge variant="muted">Acknowledged</Badge>}
                  </div>
                  <ul className="list-disc pl-5 text-sm text-muted-foreground">
                    {c.reasons.slice(0, 3).map((r, i) => (
                      <li key={`${r.ruleId}-${i}`}>{r.reason}</li>
                    ))}
                    {c.reasons.length > 3 && <li>and {c.reasons.length - 3} more</li>}
                  </ul>
                </div>
                <div className="shrink-0 text-sm text-muted-foreground sm:text-right">
                  <div>Waiting {formatDistanceToNowStrict(c.openedAt)}</div>
                  <div>{c.assigneeName ? `Assigned to ${c.assigneeName}` : "Unassigned"}</div>
                </div>
              </CardContent>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
