"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./chart-figure";
import { axisProps, CHART_HEIGHT, dayLabel, gridProps, tooltipProps, weekLabel } from "./chart-style";

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
      <BarChart responsive data={weeks} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 8, bottom: 0, left: -24 }} accessibilityLayer={false}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="week" tickFormatter={dayLabel} minTickGap={12} {...axisProps} />
        <YAxis allowDecimals={false} {...axisProps} />
        <Tooltip {...tooltipProps} labelFormatter={(w) => weekLabel(String(w))} />
        <Bar dataKey="count" name="Cases opened" fill="var(--chart-4)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
