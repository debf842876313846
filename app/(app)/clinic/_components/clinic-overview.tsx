"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { NewCasesChart } from "@/components/charts/new-cases-chart";
import { LoadError } from "@/components/charts/load-error";
import { RangePicker } from "@/components/charts/range-picker";
import { useTRPC } from "@/components/providers/trpc";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import type { Range } from "@/server/domain/ranges";
import { DEFAULT_RANGE } from "@/server/schemas/dashboard-defaults";
import { CaseTimings } from "./case-timings";
import { OpenByTier } from "./open-by-tier";
import { OutcomesChart } from "./outcomes-chart";
import { WorkloadTable } from "./workload-table";

/** The organisation's cases for clinic staff and admins: what is open now and how the period went. */
export function ClinicOverview() {
  const trpc = useTRPC();
  const [range, setRange] = useState<Range>(DEFAULT_RANGE);
  const { data, isPlaceholderData, error } = useQuery({ ...trpc.dashboard.clinic.queryOptions({ range }), placeholderData: keepPreviousData });
  return (
    <div className="space-y-6">
      <PageHeader title="Clinic overview" description="Open cases now, and how quickly cases were picked up and closed.">
        <RangePicker value={range} onChange={setRange} />
      </PageHeader>
      {!data && error ? (
        <LoadError what="clinic overview" message={error.message} />
      ) : !data ? (
        <Skeleton className="h-96 w-full" label="Loading the clinic overview" />
      ) : (
        <div aria-busy={isPlaceholderData} className={isPlaceholderData ? "space-y-6 opacity-60 transition-opacity" : "space-y-6"}>
          <OpenByTier rows={data.openByTier} />
          <CaseTimings timings={data.timings} />
          <div className="grid gap-4 lg:grid-cols-2">
            <NewCasesChart weeks={data.newCases} description="Cases the escalation rules opened, by the week they opened." />
            <OutcomesChart outcomes={data.outcomes} />
          </div>
          <WorkloadTable rows={data.workload} />
        </div>
      )}
    </div>
  );
}
