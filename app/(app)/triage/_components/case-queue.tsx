"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { ShieldCheck } from "lucide-react";
import { useState, useTransition } from "react";
import { useClock } from "@/components/domain/use-clock";
import { useTRPC } from "@/components/providers/trpc";
import { EmptyState } from "@/components/ui/empty-state";
import { QueueCard } from "./queue-card";
import { QueueFilters, type QueueFilterState, queueInput } from "./queue-filters";

export function CaseQueue() {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<QueueFilterState>({ tier: null, teamId: null, assignedToMe: false });
  // In a transition the current list stays on screen while the filtered one loads.
  const [isPending, startTransition] = useTransition();
  const { data } = useSuspenseQuery(trpc.triage.queue.queryOptions(queueInput(filters)));
  const filtered = filters.tier !== null || filters.teamId !== null || filters.assignedToMe;
  const clock = useClock();
  return (
    <div className="space-y-4">
      <QueueFilters value={filters} onChange={(f) => startTransition(() => setFilters(f))} />
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {data.length === 1 ? "1 open case" : `${data.length} open cases`}
        {filtered && (data.length === 1 ? " matches" : " match")}
      </p>
      {data.length === 0 ? (
        <EmptyState
          icon={ShieldCheck}
          title={filtered ? "No cases match these filters" : "No open cases"}
          description={filtered ? "Clear a filter to see more." : "When a pain report trips an escalation rule, the case appears here."}
        />
      ) : (
        <ul className={`space-y-3 transition-opacity ${isPending ? "opacity-70" : ""}`} aria-label="Open cases">
          {data.map((c) => (
            <QueueCard key={c.id} item={c} clock={clock} />
          ))}
        </ul>
      )}
    </div>
  );
}
