"use client";

import { format, parseISO } from "date-fns";
import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CaseDetail } from "./case-view";

/** NRS bands as shaded strips: mild 1–3, moderate 4–6, severe 7–10 (0 is no pain). */
const BANDS = [
  { from: 0.5, to: 3.5, fill: "var(--color-pain-mild)", label: "mild" },
  { from: 3.5, to: 6.5, fill: "var(--color-pain-moderate)", label: "moderate" },
  { from: 6.5, to: 10, fill: "var(--color-pain-severe)", label: "severe" },
];

/** Pain now and worst during the run, report by report, over the last 90 days. */
export function PainTimeline({ reports }: { reports: CaseDetail["reports"] }) {
  const points = [...reports]
    .sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime())
    .map((r) => ({ key: r.id, label: format(parseISO(r.day), "d MMM"), now: r.painNow, worst: r.painWorstRun }));
  const labelOf = new Map(points.map((p) => [p.key, p.label]));
  const latest = points.at(-1);
  const peak = points.reduce((m, p) => Math.max(m, p.now, p.worst ?? 0), 0);
  const summary =
    points.length === 0
      ? "No pain reports in the last 90 days."
      : `${points.length} reports from ${points[0]!.label} to ${latest!.label}. Latest pain now ${latest!.now}/10; highest ${peak}/10. Every report is listed below the chart.`;

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Pain timeline</h2>
        </CardTitle>
        <CardDescription>Last 90 days, 0 to 10. Shaded bands: mild 1–3, moderate 4–6, severe 7–10.</CardDescription>
      </CardHeader>
      <CardContent>
        <figure className="space-y-2">
          {points.length > 0 && (
            <div role="img" aria-label={`Pain timeline chart. ${summary}`}>
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
            </div>
          )}
          <figcaption className="space-y-1 text-sm text-muted-foreground">
            {points.length > 0 && (
              <span className="flex flex-wrap gap-x-4 gap-y-1" aria-hidden>
                <span className="inline-flex items-center gap-1.5">
                  <span className="inline-block h-0.5 w-5 bg-primary" /> Pain now
                </span>
                <span className="inline-flex items-center gap-1.5">
                  <span className="inline-block w-5 border-t-2 border-dashed border-pain-moderate" /> Worst during run
                </span>
              </span>
            )}
            <span className="block">{summary}</span>
          </figcaption>
        </figure>
      </CardContent>
    </Card>
  );
}
