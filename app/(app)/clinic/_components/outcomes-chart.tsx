"use client";

import { ChartFigure } from "@/components/charts/chart-figure";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import type { RouterOutputs } from "@/server/api/types";
import { CASE_OUTCOME_LABEL } from "@/server/domain/case-labels";

const loadOutcomesPlot = () => import("./outcomes-plot");

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
      <DeferredPlot load={loadOutcomesPlot} data={data} />
    </ChartFigure>
  );
}
