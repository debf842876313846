"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "@/components/charts/chart-figure";
import { axisProps, CHART_HEIGHT, tooltipProps } from "@/components/charts/chart-style";
import type { RouterOutputs } from "@/server/api/types";
import { CASE_OUTCOME_LABEL } from "@/server/domain/labels";

type Outcome = RouterOutputs["dashboard"]["clinic"]["outcomes"][number];

/** How the cases closed in the period ended. */
export function OutcomesChart({ outcomes }: { outcomes: Outcome[] }) {
  const total = outcomes.reduce((n, o) => n + o.count, 0);
  const data = outcomes.map((o) => ({ label: CASE_OUTCOME_LABEL[o.outcome], count: o.count }));
  const summary = `${total} case${total === 1 ? "" : "s"} closed: ${data.map((d) => `${d.label.toLowerCase()} ${d.count}`).join(", ")}.`;
  return (
    <ChartFigure
      title="Outcomes of closed cases"
      description="Cases closed in this period, by how they ended."
      summary={summary}
      status={total === 0 ? "empty" : "ready"}
      emptyText="No cases were closed in this period."
      table={{ columns: ["Outcome", "Cases"], rows: data.map((d) => [d.label, d.count]) }}
    >
      <BarChart responsive layout="vertical" data={data} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} {...axisProps} />
        <YAxis type="category" dataKey="label" width={112} {...axisProps} />
        <Tooltip {...tooltipProps} />
        <Bar dataKey="count" name="Cases" fill="var(--chart-3)" radius={[0, 3, 3, 0]} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
