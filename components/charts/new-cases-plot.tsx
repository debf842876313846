"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { axisProps, CHART_HEIGHT, dayLabel, gridProps, tooltipProps, weekLabel } from "./chart-style";

/** The drawing of NewCasesChart (recharts), loaded after the page. */
export default function NewCasesPlot({ weeks }: { weeks: { week: string; count: number }[] }) {
  return (
    <BarChart responsive data={weeks} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 8, bottom: 0, left: -24 }} accessibilityLayer={false}>
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="week" tickFormatter={dayLabel} minTickGap={12} {...axisProps} />
      <YAxis allowDecimals={false} {...axisProps} />
      <Tooltip {...tooltipProps} labelFormatter={(w) => weekLabel(String(w))} />
      <Bar dataKey="count" name="Cases opened" fill="var(--chart-4)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
    </BarChart>
  );
}
