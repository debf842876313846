"use client";

import { ChartFigure } from "./chart-figure";
import { DeferredPlot } from "./deferred-plot";
import { dayLabel, weekLabel } from "./chart-style";

const loadNewCasesPlot = () => import("./new-cases-plot");

/** Clinic cases opened per week. */
export function NewCasesChart({ weeks, description }: { weeks: { week: string; count: number }[]; description?: string }) {
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const busiest = weeks.reduce<{ week: string; count: number } | null>((m, w) => (w.count > (m?.count ?? 0) ? w : m), null);
  const summary =
    total === 0
      ? ""
      : `${total} case${total === 1 ? "" : "s"} opened in ${weeks.length} week${weeks.length === 1 ? "" : "s"}; the most in the week of ${dayLabel(busiest!.week)} (${busiest!.count}). This week: ${weeks.at(-1)?.count ?? 0}.`;
  return (
    <ChartFigure
      title="New clinic cases per week"
      description={description}
      summary={summary}
      status={total === 0 ? "empty" : "ready"}
      emptyText="No clinic cases were opened in this period."
      table={{ columns: ["Week", "Cases opened"], rows: weeks.map((w) => [weekLabel(w.week), w.count]) }}
    >
      <DeferredPlot load={loadNewCasesPlot} weeks={weeks} />
    </ChartFigure>
  );
}
