"use client";

import { durationLabel } from "@/components/domain/date-format";
import { useClock } from "@/components/domain/use-clock";
import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { CheckCheck } from "lucide-react";
import Link from "next/link";
import { TierBadge } from "@/components/domain/tier-badge";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/ready-fieldset";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { CASE_OUTCOME_LABEL, CASE_STATUS_LABEL } from "@/server/domain/case-labels";
import type { CaseDetail } from "./case-view";
import { useCaseAction } from "./use-case-action";

const NOBODY = "nobody";

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { now, formatTime } = useClock();
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const c = detail.case;
  const { data: physios } = useSuspenseQuery(trpc.triage.physios.queryOptions());
  const action = useCaseAction(c.id);
  const acknowledge = useMutation(trpc.case.acknowledge.mutationOptions({ onSuccess: () => action.onSuccess("Case acknowledged."), onError: action.onError }));
  const assign = useMutation(
    trpc.case.assign.mutationOptions({
      onSuccess: (_d, vars) => action.onSuccess(vars.assigneeId ? `Assigned to ${physios.find((p) => p.id === vars.assigneeId)?.name ?? "a colleague"}.` : "Case unassigned."),
      onError: action.onError,
    }),
  );
  const overdue = c.status === "open" && now !== null && c.ackDueAt.getTime() < now;

  return (
    <header className="space-y-4 rounded-lg border border-border bg-card p-5">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <TierBadge tier={c.tier} />
            <Badge variant={c.status === "resolved" ? "success" : "muted"}>{CASE_STATUS_LABEL[c.status]}</Badge>
            {overdue && <Badge variant="destructive">Overdue by {durationLabel(c.ackDueAt, now)}</Badge>}
          </div>
          <h1 className="text-2xl font-semibold tracking-tight">{detail.athlete.name}</h1>
          <Link href={`/triage/athletes/${detail.athlete.id}`} className="text-sm text-primary underline-offset-4 hover:underline">
            Full progress: pain, adherence and events over time
          </Link>
          <dl className="grid gap-x-6 gap-y-1 text-sm text-muted-foreground sm:grid-cols-2">
            <div>
              <dt className="inline">Opened </dt>
              <dd className="inline">{formatTime(c.openedAt, "EEE d MMM yyyy, HH:mm")}</dd>
            </div>
            {c.status === "open" && (
              <div>
                <dt className="inline">Acknowledge by </dt>
                <dd className="inline">{formatTime(c.ackDueAt, "EEE d MMM, HH:mm")}</dd>
              </div>
            )}
            {c.acknowledgedAt && (
              <div>
                <dt className="inline">Acknowledged </dt>
                <dd className="inline">{formatTime(c.acknowledgedAt, "EEE d MMM, HH:mm")}</dd>
              </div>
            )}
            {c.resolvedAt && c.outcome && (
              <div>
                <dt className="inline">Resolved </dt>
                <dd className="inline">
                  {formatTime(c.resolvedAt, "EEE d MMM, HH:mm")}: {CASE_OUTCOME_LABEL[c.outcome]}
                </dd>
              </div>
            )}
            <div className="truncate">
              <dt className="inline">Email </dt>
              <dd className="inline">{detail.athlete.email}</dd>
            </div>
          </dl>
        </div>
        {c.status === "open" && (
          <Button onClick={() => acknowledge.mutate({ id: c.id })} disabled={!hydrated || acknowledge.isPending} className="w-full sm:w-auto">
            <CheckCheck aria-hidden />
            Acknowledge
          </Button>
        )}
      </div>
      {/* On a phone the action cards sit below the history: a short way down to them. */}
      <nav aria-label="Case actions" className="flex flex-wrap gap-x-4 gap-y-1 text-sm lg:hidden">
        <a href="#return-to-run" className="inline-flex min-h-11 items-center text-primary underline-offset-4 hover:underline">
          Return to run
        </a>
        <a href="#notes" className="inline-flex min-h-11 items-center text-primary underline-offset-4 hover:underline">
          Notes
        </a>
        <a href="#resolve" className="inline-flex min-h-11 items-center text-primary underline-offset-4 hover:underline">
          Resolve
        </a>
      </nav>
      <Field label="Assigned to" className="sm:max-w-xs">
        {(p) => (
          <ChoiceSelect
            {...p}
            value={c.assigneeId ?? NOBODY}
            onValueChange={(v) => assign.mutate({ id: c.id, assigneeId: v === NOBODY ? null : v })}
            disabled={!hydrated || assign.isPending}
            choices={[{ value: NOBODY, label: "Nobody yet" }, ...physios.map((ph) => ({ value: ph.id, label: ph.isMe ? `${ph.name} (me)` : ph.name }))]}
          />
        )}
      </Field>
    </header>
  );
}
