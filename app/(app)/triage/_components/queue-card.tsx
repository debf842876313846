"use client";

import { durationLabel } from "@/components/domain/date-format";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { toast } from "@/components/ui/toast";
import { TierBadge } from "@/components/domain/tier-badge";
import type { Clock } from "@/components/domain/use-clock";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { useHydrated } from "@/components/ui/ready-fieldset";
import type { RouterOutputs } from "@/server/api/types";
import { compareTiers } from "@/server/domain/escalation-settings";
import type { CaseTier } from "@/server/domain/vocab";

type QueueItem = RouterOutputs["triage"]["queue"][number];

/** One open case: tier, who, why, how long it has waited and whether acknowledgement is overdue. */
export function QueueCard({ item: c, clock: { now, formatTime } }: { item: QueueItem; clock: Clock }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: physios } = useSuspenseQuery(trpc.triage.physios.queryOptions());
  const me = physios.find((p) => p.isMe);
  const hydrated = useHydrated();
  const take = useMutation(
    trpc.case.assign.mutationOptions({
      onSuccess: () => {
        toast.success(`You took the case of ${c.athleteName}.`);
        return Promise.all([queryClient.invalidateQueries(trpc.triage.pathFilter()), queryClient.invalidateQueries(trpc.case.byId.queryFilter({ id: c.id }))]);
      },
      onError: (err) => toast.error(err.message),
    }),
  );
  // The most urgent reasons first, newest first within a tier: the first lines say why it matters now.
  const reasons = [...c.reasons].sort((a, b) => compareTiers(a.tier as CaseTier, b.tier as CaseTier) || b.at.localeCompare(a.at));
  const waitingAck = c.status === "open";
  const overdue = waitingAck && now !== null && c.ackDueAt.getTime() < now;

  return (
    <li>
      <Card className={overdue ? "border-destructive" : undefined}>
        <CardContent className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0 space-y-1.5">
            <div className="flex flex-wrap items-center gap-2">
              <TierBadge tier={c.tier} />
              <Link href={`/triage/cases/${c.id}`} className="font-semibold underline-offset-4 hover:underline">
                {c.athleteName}
              </Link>
              {c.teams.length > 0 && <span className="text-sm text-muted-foreground">{c.teams.join(", ")}</span>}
              {overdue && <Badge variant="destructive">Overdue by {durationLabel(c.ackDueAt, now)}</Badge>}
              {c.status === "acknowledged" && <Badge variant="muted">Acknowledged</Badge>}
            </div>
            <ul className="list-disc space-y-0.5 pl-5 text-sm text-muted-foreground">
              {reasons.slice(0, 3).map((r, i) => (
                <li key={`${r.ruleId}-${i}`}>{r.reason}</li>
              ))}
              {reasons.length > 3 && <li>and {reasons.length - 3} more</li>}
            </ul>
          </div>
          <div className="flex shrink-0 flex-col gap-1 text-sm text-muted-foreground sm:items-end sm:text-right">
            {now === null ? <span>Opened {formatTime(c.openedAt, "d MMM, HH:mm")}</span> : <span>Waiting {durationLabel(c.openedAt, now)}</span>}
            {/* Kept once overdue too (worded for the past), so the card keeps its height when the browser's clock takes over. */}
            {waitingAck && (
              <span>
                {overdue ? "Was due" : "Acknowledge by"} {formatTime(c.ackDueAt, "EEE d MMM, HH:mm")}
              </span>
            )}
            <span>{c.assigneeName ? `Assigned to ${c.assigneeName}` : "Unassigned"}</span>
            {!c.assigneeId && me && (
              <Button size="sm" variant="outline" disabled={!hydrated || take.isPending} onClick={() => take.mutate({ id: c.id, assigneeId: me.id })} aria-label={`Take the case of ${c.athleteName}`}>
                Take
              </Button>
            )}
          </div>
        </CardContent>
      </Card>
    </li>
  );
}
