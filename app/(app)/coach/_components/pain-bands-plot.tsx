"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { axisProps, CHART_HEIGHT, dayLabel, gridProps, PAIN_BAND_COLOR, PAIN_BAND_LABEL, tooltipProps, weekLabel } from "@/components/charts/chart-style";
import type { RouterOutputs } from "@/server/api/types";
import { PAIN_BANDS } from "@/server/domain/pain";

type Week = RouterOutputs["dashboard"]["team"]["painBands"][number];

/** The drawing of PainBandsChart (recharts), loaded after the page. */
export default function PainBandsPlot({ weeks }: { weeks: Week[] }) {
  return (
    <BarChart responsive data={weeks} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 8, bottom: 0, left: -24 }} accessibilityLayer={false}>
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="week" tickFormatter={dayLabel} minTickGap={12} {...axisProps} />
      <YAxis allowDecimals={false} {...axisProps} />
      <Tooltip {...tooltipProps} labelFormatter={(w) => weekLabel(String(w))} />
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => PAIN_BANDS.indexOf(item.dataKey as (typeof PAIN_BANDS)[number])} />
      {PAIN_BANDS.map((b) => (
        <Bar key={b} dataKey={b} name={PAIN_BAND_LABEL[b]} stackId="bands" fill={PAIN_BAND_COLOR[b]} stroke="var(--card)" strokeWidth={1} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
