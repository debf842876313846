import { dayLabel } from "@/components/domain/date-format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CaseDetail } from "./case-view";
import type { PainPoint } from "./pain-timeline-chart";
import { PainTimelinePlot } from "./pain-timeline-plot";

/** Pain now and worst during the run, report by report, over the last 90 days. */
export function PainTimeline({ reports }: { reports: CaseDetail["reports"] }) {
  const points: PainPoint[] = [...reports]
    .sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime())
    .map((r) => ({ key: r.id, label: dayLabel(r.day), now: r.painNow, worst: r.painWorstRun }));
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
              <PainTimelinePlot points={points} />
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
