"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { type ReactNode, Suspense } from "react";
import { useTRPC } from "@/components/providers/trpc";
import type { RouterOutputs } from "@/server/api/types";
import { CaseHeader } from "./case-header";
import { ReturnToRunCard } from "./return-to-run-card";
import { belowTheFold } from "@/components/ui/below-the-fold";

// Under the record on the left and under return to run on the right (on a phone, after the record).
const ClinicalNotes = belowTheFold(() => import("./clinical-notes").then((m) => m.ClinicalNotes));
const ResolveCard = belowTheFold(() => import("./resolve-card").then((m) => m.ResolveCard));
const AssignmentsCard = belowTheFold(() => import("./assignments-card").then((m) => m.AssignmentsCard));

export type CaseDetail = RouterOutputs["case"]["byId"];

/** The parts of the case that only display it, rendered on the server (case-record.tsx). */
export type CaseRecordParts = Record<"reasons" | "painTimeline" | "reports" | "ostrcWeeks" | "adherence" | "earlierCases" | "history", ReactNode>;

/**
 * Everything a physio needs to triage one case: why it was raised, the history, and the actions.
 * The actions and what they change live here, on the client query; the record comes from the server.
 */
export function CaseView({ id, record }: { id: string; record: CaseRecordParts }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.case.byId.queryOptions({ id }));
  return (
    <div className="space-y-6">
      <CaseHeader detail={data} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {record.reasons}
          {record.painTimeline}
          {record.reports}
          {record.ostrcWeeks}
          {record.adherence}
          <Suspense fallback={null}>
            <AssignmentsCard caseId={data.case.id} athleteName={data.athlete.name} assignments={data.assignments} />
          </Suspense>
          {record.earlierCases}
        </div>
        <div className="min-w-0 space-y-6">
          <ReturnToRunCard caseId={data.case.id} current={data.returnToRun} />
          <Suspense fallback={null}>
            <ClinicalNotes caseId={data.case.id} notes={data.notes} />
            <ResolveCard caseId={data.case.id} status={data.case.status} outcome={data.case.outcome} />
          </Suspense>
          {record.history}
        </div>
      </div>
    </div>
  );
}
