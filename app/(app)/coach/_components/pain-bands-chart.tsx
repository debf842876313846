"use client";

import { ChartFigure } from "@/components/charts/chart-figure";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import { dayLabel, PAIN_BAND_LABEL, weekLabel } from "@/components/charts/chart-style";
import type { RouterOutputs } from "@/server/api/types";
import { PAIN_BANDS } from "@/server/domain/pain";

const loadPainBandsPlot = () => import("./pain-bands-plot");

type Week = RouterOutputs["dashboard"]["team"]["painBands"][number];

/** Athletes by the band of their highest report of each week, stacked from none to severe. */
export function PainBandsChart({ weeks, partial }: { weeks: Week[]; partial: boolean }) {
  const total = (w: Week) => w.none + w.mild + w.moderate + w.severe;
  const reported = weeks.reduce((n, w) => n + total(w), 0);
  const last = weeks.at(-1);
  const peak = weeks.reduce<Week | null>((m, w) => (w.moderate + w.severe > (m ? m.moderate + m.severe : 0) ? w : m), null);
  const summary =
    `${reported} athlete-week${reported === 1 ? "" : "s"} with a report. ` +
    (last ? `This week so far: ${last.none} none, ${last.mild} mild, ${last.moderate} moderate, ${last.severe} severe. ` : "") +
    (peak ? `Most athletes at moderate or severe in the week of ${dayLabel(peak.week)} (${peak.moderate + peak.severe}).` : "No moderate or severe pain reported.");
  return (
    <ChartFigure
      title="Pain by week"
      description="Each athlete counted once a week, by their highest report: none 0, mild 1–3, moderate 4–6, severe 7–10."
      summary={summary}
      status={reported === 0 ? "empty" : "ready"}
      emptyText="No pain reports in this period."
      table={{
        columns: ["Week", ...PAIN_BANDS.map((b) => PAIN_BAND_LABEL[b])],
        rows: weeks.map((w) => [weekLabel(w.week), w.none, w.mild, w.moderate, w.severe]),
      }}
      note={partial && <p className="text-xs text-muted-foreground">Athletes who keep their pain details private are not counted.</p>}
    >
      <DeferredPlot load={loadPainBandsPlot} weeks={weeks} />
    </ChartFigure>
  );
}
