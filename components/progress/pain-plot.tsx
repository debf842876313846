"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { axisProps, CHART_HEIGHT, dayLabel, gridProps, PAIN_BAND_COLOR, tooltipProps } from "@/components/charts/chart-style";
import { xToDay } from "@/components/charts/day-axis";
import { painBand } from "@/server/domain/pain";

/** NRS bands as shaded strips behind the points: none 0, mild 1–3, moderate 4–6, severe 7–10. */
const BANDS = [
  { y1: 0, y2: 0.5, band: "none" },
  { y1: 0.5, y2: 3.5, band: "mild" },
  { y1: 3.5, y2: 6.5, band: "moderate" },
  { y1: 6.5, y2: 10, band: "severe" },
] as const;

export type PainPoint = { x: number; day: string; pain: number; worst: number | null };
export type PainEvent = { x: number; group: string };

function Dot(props: { cx?: number; cy?: number; payload?: PainPoint }) {
  if (props.cx == null || props.cy == null || !props.payload) return null;
  return <circle data-pain-point={props.payload.day} cx={props.cx} cy={props.cy} r={4.5} fill={PAIN_BAND_COLOR[painBand(props.payload.pain)]} stroke="var(--card)" strokeWidth={1.5} />;
}

const label = (v: number) => dayLabel(xToDay(v));

/** The drawing of PainChart (recharts), loaded after the page. x values are epoch milliseconds. */
export default function PainPlot({ points, events, domain, ticks }: { points: PainPoint[]; events: PainEvent[]; domain: [number, number]; ticks: number[] }) {
  return (
    <ComposedChart responsive data={points} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 12, bottom: 0, left: -24 }} accessibilityLayer={false}>
      {BANDS.map((b) => (
        <ReferenceArea key={b.band} y1={b.y1} y2={b.y2} fill={PAIN_BAND_COLOR[b.band]} fillOpacity={0.13} strokeOpacity={0} ifOverflow="hidden" />
      ))}
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="x" type="number" scale="time" domain={domain} ticks={ticks} tickFormatter={label} minTickGap={16} {...axisProps} />
      <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} {...axisProps} />
      {events.map((e, i) => (
        <ReferenceLine key={i} x={e.x} stroke={e.group === "case" ? "var(--chart-4)" : "var(--chart-3)"} strokeDasharray="4 3" ifOverflow="hidden" />
      ))}
      <Tooltip {...tooltipProps} labelFormatter={(v) => label(Number(v))} />
      <Line dataKey="pain" name="Pain now" stroke="var(--muted-foreground)" strokeWidth={1.5} dot={<Dot />} activeDot={{ r: 6 }} isAnimationActive={false} />
    </ComposedChart>
  );
}
