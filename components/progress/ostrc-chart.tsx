"use client";

import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "@/components/charts/chart-figure";
import { axisProps, CHART_HEIGHT, dayLabel, gridProps, tooltipProps, weekLabel } from "@/components/charts/chart-style";
import type { RouterOutputs } from "@/server/api/types";

type AthleteProgress = RouterOutputs["progress"]["athlete"];

/** OSTRC-O2 severity (0–100) from the week's latest answers; substantial weeks stand out by fill and word. */
export function OstrcChart({ data }: { data: AthleteProgress }) {
  const scored = data.ostrc.filter((o) => o.severity !== null);
  const substantial = data.ostrc.filter((o) => o.substantial).length;
  const last = data.ostrc.at(-1);
  const summary = last
    ? `${data.ostrc.length} week${data.ostrc.length === 1 ? "" : "s"} answered, ${substantial} with a substantial problem. ` +
      `Latest: week of ${dayLabel(last.week)}, ${last.severity === null ? "not scored (questions skipped)" : `severity ${last.severity} of 100`}.`
    : "";
  return (
    <ChartFigure
      title="OSTRC-O2 severity by week"
      description="The weekly overuse questionnaire, scored 0 to 100. Darker bars: a substantial problem that week."
      summary={summary}
      status={data.ostrc.length === 0 ? "empty" : "ready"}
      emptyText="No weekly questionnaire answers in this period."
      table={{
        columns: ["Week", "Severity (0–100)", "Substantial problem", "Could not take part"],
        rows: data.ostrc.map((o) => [weekLabel(o.week), o.severity ?? "not scored", o.substantial ? "yes" : "no", o.timeLoss ? "yes" : "no"]),
      }}
      note={
        <p className="text-xs text-muted-foreground">
          The OSTRC-O2 questionnaire was not validated for the upper back. Read the score as a rough guide to how much the back got in the way, not as
          a diagnosis.
        </p>
      }
    >
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
    </ChartFigure>
  );
}
