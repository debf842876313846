"use client";

import { ChartFigure } from "@/components/charts/chart-figure";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import { dayLabel, weekLabel } from "@/components/charts/chart-style";
import type { RouterOutputs } from "@/server/api/types";

const loadOstrcPlot = () => import("./ostrc-plot");

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
      <DeferredPlot load={loadOstrcPlot} scored={scored} />
    </ChartFigure>
  );
}
