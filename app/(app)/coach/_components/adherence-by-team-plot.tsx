"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { axisProps, CHART_HEIGHT, dayLabel, gridProps, SERIES_COLORS, SERIES_DASHES, tooltipProps, weekLabel } from "@/components/charts/chart-style";

/** The drawing of AdherenceByTeamChart (recharts), loaded after the page: one line per team, keyed by team id. */
export default function AdherenceByTeamPlot({ data, teams }: { data: ({ week: string } & Record<string, number | null | string>)[]; teams: { id: string; name: string }[] }) {
  return (
    <LineChart responsive data={data} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="week" tickFormatter={dayLabel} minTickGap={12} {...axisProps} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" {...axisProps} />
      <Tooltip {...tooltipProps} labelFormatter={(w) => weekLabel(String(w))} formatter={(v) => (v == null ? "nothing due" : `${String(v)}%`)} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {teams.map((t, i) => (
        <Line
          key={t.id}
          dataKey={t.id}
          name={t.name}
          stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
          strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
