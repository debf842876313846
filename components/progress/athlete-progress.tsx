"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { formatDay } from "@/components/domain/date-format";
import { LocalTime } from "@/components/domain/local-time";
import { Download, EyeOff, Printer } from "lucide-react";
import { useState } from "react";
import { LoadError } from "@/components/charts/load-error";
import { RangePicker } from "@/components/charts/range-picker";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { Range } from "@/server/domain/ranges";
import { DEFAULT_RANGE } from "@/server/schemas/dashboard-defaults";
import { AdherenceChart } from "./adherence-chart";
import { CareSummary } from "./care-summary";
import { OstrcChart } from "./ostrc-chart";
import { PainChart } from "./pain-chart";
import { TimelineList } from "./timeline-list";

/**
 * One athlete's progress: pain, OSTRC-O2, adherence and events over a period, with a CSV download
 * and a print layout for taking to a doctor. The server decides which fields the reader may see.
 */
export function AthleteProgress({ athleteId, title }: { athleteId: string; title: string }) {
  const trpc = useTRPC();
  const [range, setRange] = useState<Range>(DEFAULT_RANGE);
  const { data, isPlaceholderData, error } = useQuery({ ...trpc.progress.athlete.queryOptions({ athleteId, range }), placeholderData: keepPreviousData });
  return (
    <section aria-labelledby="progress-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="progress-heading" className="text-lg font-semibold print:hidden">
          {title}
        </h2>
        <div className="flex flex-wrap items-center gap-2" data-print-hide>
          <RangePicker value={range} onChange={setRange} />
          <Button variant="outline" size="sm" onClick={() => window.print()}>
            <Printer aria-hidden />
            Print report
          </Button>
          <Button variant="outline" size="sm" asChild>
            <a href={`/api/export/athletes/${athleteId}`} download>
              <Download aria-hidden />
              History CSV
            </a>
          </Button>
        </div>
      </div>
      {!data && error ? (
        <LoadError what="progress charts" message={error.message} />
      ) : !data ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <Skeleton className="h-80" label="Loading progress" />
          <Skeleton className="h-80" decorative />
        </div>
      ) : (
        <div aria-busy={isPlaceholderData} className={isPlaceholderData ? "space-y-4 opacity-60 transition-opacity" : "space-y-4"}>
          <PrintHeader name={data.athlete.name} from={data.range.from} to={data.today} />
          {data.range.capped && <p className="text-sm text-muted-foreground">Showing the last two years.</p>}
          <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-1">
            {data.painShared ? (
              <PainChart data={data} />
            ) : (
              <Card>
                <CardContent className="flex items-start gap-3 text-sm text-muted-foreground">
                  <EyeOff aria-hidden className="mt-0.5 size-4 shrink-0" />
                  {data.athlete.name} shares flags and return-to-run status with coaches, not pain details.
                </CardContent>
              </Card>
            )}
            <AdherenceChart data={data} />
            {data.painShared && <OstrcChart data={data} />}
            <TimelineList events={data.events} />
            <div className="lg:col-span-2 print:col-span-1">
              <CareSummary data={data} />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

function PrintHeader({ name, from, to }: { name: string; from: string; to: string }) {
  const d = (day: string) => formatDay(day, "d MMM yyyy");
  return (
    <div className="hidden space-y-1 border-b border-border pb-3 print:block">
      <p className="text-sm">Upright · progress report</p>
      <h1 className="text-2xl font-semibold">{name}</h1>
      <p className="text-sm">
        {d(from)} to {d(to)} · printed <LocalTime date={new Date()} pattern="d MMM yyyy" />
      </p>
      <p className="text-xs">
        Made from the athlete&apos;s own reports and check-offs and the clinic&apos;s case records in Upright. It is a summary to talk over, not a
        diagnosis or medical advice.
      </p>
    </div>
  );
}
