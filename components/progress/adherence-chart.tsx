"use client";

import { ChartFigure } from "@/components/charts/chart-figure";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import { weekLabel } from "@/components/charts/chart-style";
import type { RouterOutputs } from "@/server/api/types";

const loadAdherencePlot = () => import("./adherence-plot");

type AthleteProgress = RouterOutputs["progress"]["athlete"];
import { ratioLabel } from "@/server/domain/adherence";

/** Exercises done as a share of those due, week by week. */
export function AdherenceChart({ data }: { data: AthleteProgress }) {
  const weeks = data.adherence.map((w) => ({ ...w, pct: w.ratio === null ? null : Math.round(w.ratio * 100) }));
  const withDue = weeks.filter((w) => w.due > 0);
  const done = withDue.reduce((n, w) => n + w.done, 0);
  const due = withDue.reduce((n, w) => n + w.due, 0);
  const last = weeks.at(-1);
  const summary =
    `${ratioLabel(due > 0 ? done / due : null)} of due exercises done over the period (${done} of ${due}). ` +
    (last && last.due > 0 ? `This week so far: ${last.done} of ${last.due}.` : "Nothing due this week yet.");
  return (
    <ChartFigure
      title="Exercises done by week"
      description="Share of the week's due exercises checked off. This week counts up to today."
      summary={summary}
      printTable
      status={withDue.length === 0 ? "empty" : "ready"}
      emptyText="No exercises were due in this period."
      table={{ columns: ["Week", "Done", "Due", "Share"], rows: weeks.map((w) => [weekLabel(w.week), w.done, w.due, ratioLabel(w.ratio)]) }}
    >
      <DeferredPlot load={loadAdherencePlot} weeks={weeks} />
    </ChartFigure>
  );
}
