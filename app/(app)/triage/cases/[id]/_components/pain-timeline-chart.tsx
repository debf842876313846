"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";

export type PainPoint = { key: string; label: string; now: number; worst: number | null };

/** NRS bands as shaded strips: mild 1–3, moderate 4–6, severe 7–10 (0 is no pain). */
const BANDS = [
  { from: 0.5, to: 3.5, fill: "var(--color-pain-mild)", label: "mild" },
  { from: 3.5, to: 6.5, fill: "var(--color-pain-moderate)", label: "moderate" },
  { from: 6.5, to: 10, fill: "var(--color-pain-severe)", label: "severe" },
];

/** The drawing itself, loaded on its own so the rest of the case page does not wait for the chart library. */
export default function PainTimelineChart({ points }: { points: PainPoint[] }) {
  const labelOf = new Map(points.map((p) => [p.key, p.label]));
  return (
    <LineChart responsive data={points} style={{ width: "100%", height: 240 }} margin={{ top: 8, right: 8, bottom: 0, left: -24 }} accessibilityLayer={false}>
      {BANDS.map((b) => (
        <ReferenceArea key={b.label} y1={b.from} y2={b.to} fill={b.fill} fillOpacity={0.12} strokeOpacity={0} ifOverflow="hidden" />
      ))}
      <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--color-border)" />
      <XAxis dataKey="key" tickFormatter={(key: string) => labelOf.get(key) ?? ""} tick={{ fontSize: 12 }} minTickGap={16} stroke="var(--color-muted-foreground)" />
      <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fontSize: 12 }} stroke="var(--color-muted-foreground)" />
      <Tooltip labelFormatter={(_v, payload) => payload?.[0]?.payload?.label ?? ""} />
      <Line type="monotone" dataKey="now" name="Pain now" stroke="var(--color-primary)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      <Line
        type="monotone"
        dataKey="worst"
        name="Worst during run"
        stroke="var(--color-pain-moderate)"
        strokeDasharray="5 4"
        strokeWidth={2}
        dot={{ r: 3 }}
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );
}
