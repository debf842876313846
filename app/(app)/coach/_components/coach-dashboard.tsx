"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { Suspense, useState } from "react";
import { LoadError } from "@/components/charts/load-error";
import { RangePicker } from "@/components/charts/range-picker";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import type { Range } from "@/server/domain/ranges";
import { DEFAULT_RANGE } from "@/server/schemas/dashboard-defaults";
import { KeyFigures } from "./key-figures";
import { Roster } from "./roster";
import { belowTheFold } from "@/components/ui/below-the-fold";

const ALL = "all";

// Under the roster.
const TeamCharts = belowTheFold(() => import("./team-charts").then((m) => m.TeamCharts));

const chartsLoading = (
  <div className="grid gap-4 lg:grid-cols-2">
    <Skeleton className="h-80" label="Loading charts" />
    <Skeleton className="h-80" decorative />
  </div>
);

/**
 * The coach's home: who needs attention now (figures, roster) and how the weeks went (charts). An admin gets
 * the same for every team of the organisation (the procedures decide what each viewer sees).
 */
export function CoachDashboard({ wholeOrganisation = false }: { wholeOrganisation?: boolean }) {
  const trpc = useTRPC();
  const [teamId, setTeamId] = useState<string | null>(null);
  const [range, setRange] = useState<Range>(DEFAULT_RANGE);
  const overview = useQuery({ ...trpc.dashboard.team.queryOptions({ teamId, range }), placeholderData: keepPreviousData });
  const teams = overview.data?.teams ?? [];
  const exportHref = `/api/export/roster${teamId ? `?team=${teamId}` : ""}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Roster"
        description={
          wholeOrganisation
            ? "Every athlete of the organisation at a glance: recent pain, exercises done and any clinic case."
            : "Your athletes at a glance: recent pain, exercises done and any clinic case."
        }
      >
        <div className="flex flex-wrap items-center gap-2" data-print-hide>
          <ChoiceSelect
            aria-label="Team"
            className="w-48"
            value={teamId ?? ALL}
            onValueChange={(v) => setTeamId(v === ALL ? null : v)}
            choices={[{ value: ALL, label: wholeOrganisation ? "All teams" : "All my teams" }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
          />
          <Button variant="outline" asChild>
            <a href={exportHref} download>
              <Download aria-hidden />
              Roster CSV
            </a>
          </Button>
        </div>
      </PageHeader>
      {overview.error && !overview.data && <LoadError what="key figures and charts" message={overview.error.message} />}
      {overview.data ? <KeyFigures figures={overview.data.figures} /> : !overview.error && <Skeleton className="h-28 w-full" label="Loading key figures" />}
      <Roster teamId={teamId} wholeOrganisation={wholeOrganisation} />
      <section aria-labelledby="trends-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="trends-heading" className="text-lg font-semibold">
            Trends
          </h2>
          <RangePicker value={range} onChange={setRange} />
        </div>
        {overview.data ? (
          <div aria-busy={overview.isPlaceholderData} className={overview.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
            <Suspense fallback={chartsLoading}>
              <TeamCharts data={overview.data} />
            </Suspense>
          </div>
        ) : overview.error ? null : (
          chartsLoading
        )}
      </section>
    </div>
  );
}
