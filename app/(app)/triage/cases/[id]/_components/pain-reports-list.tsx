import { formatDay } from "@/components/domain/date-format";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PAIN_AREA_LABEL, PAIN_QUALITY_LABEL, PAIN_TIMING_LABEL } from "@/server/domain/pain-labels";
import { RED_FLAG_LABEL } from "@/server/domain/labels";
import { painBand } from "@/server/domain/pain";
import { RED_FLAGS } from "@/server/domain/pain-vocab";
import type { CaseDetail } from "./case-view";

const BAND_CLASS = { none: "bg-pain-none", mild: "bg-pain-mild", moderate: "bg-pain-moderate", severe: "bg-pain-severe" } as const;

/**
 * The athlete's reports, newest first, with every answer: the text behind the chart. A list
 * rather than a table, so that on a phone nothing hides off to the side.
 */
export function PainReportsList({ reports }: { reports: CaseDetail["reports"] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Pain reports</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {reports.length === 0 ? (
          <p className="text-sm text-muted-foreground">No reports in the last 90 days.</p>
        ) : (
          <ul className="divide-y divide-border" aria-label="Pain reports">
            {reports.map((r) => {
              const flags = RED_FLAGS.filter((f) => r.redFlags[f]);
              return (
                <li key={r.id} className="grid gap-1 py-3 text-sm sm:grid-cols-[11rem_1fr] sm:gap-4">
                  <div className="space-y-0.5">
                    <p className="font-medium">{formatDay(r.day, "EEE d MMM")}</p>
                    <p className="flex items-center gap-2">
                      <span aria-hidden className={`size-2.5 rounded-full ${BAND_CLASS[painBand(r.painNow)]}`} />
                      <span className="font-medium tabular-nums">{r.painNow}/10 now</span>
                      <span className="text-xs text-muted-foreground">{painBand(r.painNow)}</span>
                    </p>
                    <p className="text-xs text-muted-foreground">Worst on run: {r.painWorstRun === null ? "no run" : `${r.painWorstRun}/10`}</p>
                    {r.revision > 1 && <Badge variant="muted">Corrected by the athlete</Badge>}
                  </div>
                  <div className="min-w-0 space-y-0.5">
                    <p>{r.areas.map((a) => PAIN_AREA_LABEL[a]).join(", ")}</p>
                    {(r.timings.length > 0 || r.qualities.length > 0) && (
                      <p className="text-muted-foreground">{[...r.timings.map((t) => PAIN_TIMING_LABEL[t]), ...r.qualities.map((q) => PAIN_QUALITY_LABEL[q])].join(" · ")}</p>
                    )}
                    {flags.length > 0 && <p className="font-medium text-destructive">Warning signs: {flags.map((f) => RED_FLAG_LABEL[f]).join(", ")}</p>}
                    {r.note && <p className="break-words italic">“{r.note}”</p>}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
