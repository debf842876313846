"use client";

import { ChartFigure } from "@/components/charts/chart-figure";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import { dayLabel } from "@/components/charts/chart-style";
import { dayToX } from "@/components/charts/day-axis";
import type { RouterOutputs } from "@/server/api/types";
import { painBand } from "@/server/domain/pain";
import type { PainPoint } from "./pain-plot";

const loadPainPlot = () => import("./pain-plot");

type AthleteProgress = RouterOutputs["progress"]["athlete"];

/** Every pain report in the period as a point on the 0–10 scale; program and case events as dashed lines. */
export function PainChart({ data }: { data: AthleteProgress }) {
  const points: PainPoint[] = data.pain.map((p) => ({ x: dayToX(p.day), day: p.day, pain: p.painNow, worst: p.painWorstRun }));
  const last = data.pain.at(-1);
  const peak = data.pain.reduce<(typeof data.pain)[number] | null>((m, p) => (p.painNow > (m?.painNow ?? -1) ? p : m), null);
  const summary =
    last && peak
      ? `${points.length} report${points.length === 1 ? "" : "s"} from ${dayLabel(data.pain[0]!.day)} to ${dayLabel(last.day)}. ` +
        `Latest ${last.painNow}/10 (${painBand(last.painNow)}) on ${dayLabel(last.day)}; highest ${peak.painNow}/10 on ${dayLabel(peak.day)}.`
      : "";
  const domain: [number, number] = [dayToX(data.range.from), dayToX(data.today)];
  const ticks = data.range.weeks.map(dayToX);
  return (
    <ChartFigure
      title="Pain over time"
      description="Pain now at each report, 0 to 10. Shaded: none, mild 1–3, moderate 4–6, severe 7–10. Dashed lines mark program and clinic events."
      summary={summary}
      printTable
      status={points.length === 0 ? "empty" : "ready"}
      emptyText="No pain reports in this period."
      table={{
        columns: ["Date", "Pain now", "Worst during run", "Band"],
        rows: data.pain.map((p) => [dayLabel(p.day), p.painNow, p.painWorstRun ?? "—", painBand(p.painNow)]),
      }}
    >
      <DeferredPlot load={loadPainPlot} points={points} events={data.events.map((e) => ({ x: dayToX(e.day), group: e.group }))} domain={domain} ticks={ticks} />
    </ChartFigure>
  );
}
