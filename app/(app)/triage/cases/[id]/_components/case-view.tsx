"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import type { RouterOutputs } from "@/server/api/types";
import { AdherenceCard } from "./adherence-card";
import { AssignmentsCard } from "./assignments-card";
import { CaseHeader } from "./case-header";
import { CaseReasons } from "./case-reasons";
import { CaseTimeline } from "./case-timeline";
import { ClinicalNotes } from "./clinical-notes";
import { EarlierCases } from "./earlier-cases";
import { OstrcWeeks } from "./ostrc-weeks";
import { PainReportsList } from "./pain-reports-list";
import { PainTimeline } from "./pain-timeline";
import { ResolveCard } from "./resolve-card";
import { ReturnToRunCard } from "./return-to-run-card";

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
          <ReturnToRunCard caseId={data.case.id} current={data.returnToRun} />
          <ClinicalNotes caseId={data.case.id} notes={data.notes} />
          <ResolveCard caseId={data.case.id} status={data.case.status} outcome={data.case.outcome} />
          <CaseTimeline events={data.events} assignments={data.assignments} />
        </div>
      </div>
    </div>
  );
}
