"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { axisProps, CHART_HEIGHT, tooltipProps } from "@/components/charts/chart-style";

/** The drawing of OutcomesChart (recharts), loaded after the page. */
export default function OutcomesPlot({ data }: { data: { label: string; count: number }[] }) {
  return (
    <BarChart responsive layout="vertical" data={data} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} {...axisProps} />
      <YAxis type="category" dataKey="label" width={112} {...axisProps} />
      <Tooltip {...tooltipProps} />
      <Bar dataKey="count" name="Cases" fill="var(--chart-3)" radius={[0, 3, 3, 0]} isAnimationActive={false} />
    </BarChart>
  );
}
