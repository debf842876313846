"use client";

import { parseISO } from "date-fns";
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "@/components/charts/chart-figure";
import { axisProps, CHART_HEIGHT, dayLabel, gridProps, PAIN_BAND_COLOR, tooltipProps } from "@/components/charts/chart-style";
import type { RouterOutputs } from "@/server/api/types";

type AthleteProgress = RouterOutputs["progress"]["athlete"];
import { painBand } from "@/server/domain/pain";

/** NRS bands as shaded strips behind the points: none 0, mild 1–3, moderate 4–6, severe 7–10. */
const BANDS = [
  { y1: 0, y2: 0.5, band: "none" },
  { y1: 0.5, y2: 3.5, band: "mild" },
  { y1: 3.5, y2: 6.5, band: "moderate" },
  { y1: 6.5, y2: 10, band: "severe" },
] as const;

const ms = (day: string) => parseISO(day).getTime();

type Point = { x: number; day: string; pain: number; worst: number | null };

function Dot(props: { cx?: number; cy?: number; payload?: Point }) {
  if (props.cx == null || props.cy == null || !props.payload) return null;
  return <circle data-pain-point={props.payload.day} cx={props.cx} cy={props.cy} r={4.5} fill={PAIN_BAND_COLOR[painBand(props.payload.pain)]} stroke="var(--card)" strokeWidth={1.5} />;
}

/** Every pain report in the period as a point on the 0–10 scale; program and case events as dashed lines. */
export function PainChart({ data }: { data: AthleteProgress }) {
  const points: Point[] = data.pain.map((p) => ({ x: ms(p.day), day: p.day, pain: p.painNow, worst: p.painWorstRun }));
  const last = data.pain.at(-1);
  const peak = data.pain.reduce<(typeof data.pain)[number] | null>((m, p) => (p.painNow > (m?.painNow ?? -1) ? p : m), null);
  const summary =
    last && peak
      ? `${points.length} report${points.length === 1 ? "" : "s"} from ${dayLabel(data.pain[0]!.day)} to ${dayLabel(last.day)}. ` +
        `Latest ${last.painNow}/10 (${painBand(last.painNow)}) on ${dayLabel(last.day)}; highest ${peak.painNow}/10 on ${dayLabel(peak.day)}.`
      : "";
  const domain = [ms(data.range.from), ms(data.today)];
  const ticks = data.range.weeks.map(ms);
  return (
    <ChartFigure
      title="Pain over time"
      description="Pain now at each report, 0 to 10. Shaded: none, mild 1–3, moderate 4–6, severe 7–10. Dashed lines mark program and clinic events."
      summary={summary}
      status={points.length === 0 ? "empty" : "ready"}
      emptyText="No pain reports in this period."
      table={{
        columns: ["Date", "Pain now", "Worst during run", "Band"],
        rows: data.pain.map((p) => [dayLabel(p.day), p.painNow, p.painWorstRun ?? "—", painBand(p.painNow)]),
      }}
    >
      <ComposedChart responsive data={points} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 12, bottom: 0, left: -24 }} accessibilityLayer={false}>
        {BANDS.map((b) => (
          <ReferenceArea key={b.band} y1={b.y1} y2={b.y2} fill={PAIN_BAND_COLOR[b.band]} fillOpacity={0.13} strokeOpacity={0} ifOverflow="hidden" />
        ))}
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="x" type="number" scale="time" domain={domain} ticks={ticks} tickFormatter={(v: number) => dayLabel(new Date(v).toISOString().slice(0, 10))} minTickGap={16} {...axisProps} />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} {...axisProps} />
        {data.events.map((e, i) => (
          <ReferenceLine key={i} x={ms(e.day)} stroke={e.group === "case" ? "var(--chart-4)" : "var(--chart-3)"} strokeDasharray="4 3" ifOverflow="hidden" />
        ))}
        <Tooltip {...tooltipProps} labelFormatter={(v) => dayLabel(new Date(Number(v)).toISOString().slice(0, 10))} />
        <Line dataKey="pain" name="Pain now" stroke="var(--muted-foreground)" strokeWidth={1.5} dot={<Dot />} activeDot={{ r: 6 }} isAnimationActive={false} />
      </ComposedChart>
    </ChartFigure>
  );
}
