"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { axisProps, CHART_HEIGHT, dayLabel, gridProps, tooltipProps, weekLabel } from "@/components/charts/chart-style";

/** The drawing of AdherenceChart (recharts), loaded after the page. */
export default function AdherencePlot({ weeks }: { weeks: { week: string; pct: number | null }[] }) {
  return (
    <BarChart responsive data={weeks} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="week" tickFormatter={dayLabel} minTickGap={12} {...axisProps} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" {...axisProps} />
      <Tooltip {...tooltipProps} labelFormatter={(w) => weekLabel(String(w))} formatter={(v) => (v == null ? "nothing due" : `${String(v)}%`)} />
      <Bar dataKey="pct" name="Done" fill="var(--chart-1)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
    </BarChart>
  );
}
