"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useTRPC } from "@/components/providers/trpc";
import type { RouterOutputs } from "@/server/api/types";
import { AdherenceCard } from "./adherence-card";
import { AssignmentsCard } from "./assignments-card";
import { CaseHeader } from "./case-header";
import { CaseReasons } from "./case-reasons";
import { CaseTimeline } from "./case-timeline";
import { EarlierCases } from "./earlier-cases";
import { OstrcWeeks } from "./ostrc-weeks";
import { PainReportsList } from "./pain-reports-list";
import { PainTimeline } from "./pain-timeline";

// The action forms and the form library they share are a chunk of their own, server-rendered and
// preloaded with the page (next/dynamic), so they look the same from the first paint. No boundary
// of its own: a late chunk holds the page's skeleton rather than making the column below jump.
const CaseActions = dynamic(() => import("./case-actions").then((m) => m.CaseActions));

export type CaseDetail = RouterOutputs["case"]["byId"];

/** Everything a physio needs to triage one case: why it was raised, the history, and the actions. */
export function CaseView({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.case.byId.queryOptions({ id }));
  return (
    <div className="space-y-6">
      <CaseHeader detail={data} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <CaseReasons reasons={data.case.reasons} />
          <PainTimeline reports={data.reports} />
          <PainReportsList reports={data.reports} />
          <OstrcWeeks weeks={data.ostrcWeeks} />
          <AdherenceCard adherence={data.adherence} />
          <AssignmentsCard caseId={data.case.id} athleteName={data.athlete.name} assignments={data.assignments} />
          <EarlierCases cases={data.earlierCases} />
        </div>
        <div className="min-w-0 space-y-6">
          <CaseActions detail={data} />
          <CaseTimeline events={data.events} assignments={data.assignments} />
        </div>
      </div>
    </div>
  );
}
