"use client";

import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { axisProps, CHART_HEIGHT, dayLabel, gridProps, tooltipProps, weekLabel } from "@/components/charts/chart-style";

/** The drawing of OstrcChart (recharts), loaded after the page. */
export default function OstrcPlot({ scored }: { scored: { week: string; severity: number | null; substantial: boolean | null }[] }) {
  return (
    <BarChart responsive data={scored} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 8, bottom: 0, left: -24 }} accessibilityLayer={false}>
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="week" tickFormatter={dayLabel} {...axisProps} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} {...axisProps} />
      <Tooltip {...tooltipProps} labelFormatter={(w) => weekLabel(String(w))} />
      <Bar dataKey="severity" name="Severity" radius={[3, 3, 0, 0]} isAnimationActive={false}>
        {scored.map((o) => (
          <Cell key={o.week} fill={o.substantial ? "var(--chart-4)" : "var(--chart-2)"} />
        ))}
      </Bar>
    </BarChart>
  );
}
