import { dayLabel, formatDay } from "@/components/domain/date-format";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CaseDetail } from "./case-view";

type Week = CaseDetail["ostrcWeeks"][number];

function verdict(score: Week["score"]) {
  if (score.healthProblem === false) return { text: "No problem", variant: "success" as const };
  if (score.substantial === true) return { text: score.timeLoss ? "Substantial, could not take part" : "Substantial problem", variant: "destructive" as const };
  if (score.healthProblem === true) return { text: score.substantial === false ? "Problem, not substantial" : "Problem", variant: "warning" as const };
  return { text: "Not enough answers", variant: "muted" as const };
}

/** OSTRC-O2 severity (0–100) week by week, with the questionnaire's limits stated. */
export function OstrcWeeks({ weeks }: { weeks: CaseDetail["ostrcWeeks"] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>OSTRC-O2 by week</h2>
        </CardTitle>
        <CardDescription>
          Severity from 0 to 100 (OSTRC-O2, Clarsen et al. 2020). The questionnaire has not been validated for the upper back: read it as a
          trend, not a measurement.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {weeks.length === 0 ? (
          <p className="text-sm text-muted-foreground">No weekly questionnaire answered in the last 90 days.</p>
        ) : (
          <ul className="divide-y divide-border" aria-label="OSTRC-O2 by week">
            {[...weeks].reverse().map((w) => {
              const v = verdict(w.score);
              return (
                <li key={w.weekStart} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    Week of {dayLabel(w.weekStart)}
                    <span className="text-muted-foreground"> (answered {formatDay(w.day, "EEE d MMM")})</span>
                  </span>
                  <span className="flex items-center gap-2">
                    <span className="font-semibold tabular-nums">{w.score.severity === null ? "—" : `${w.score.severity}/100`}</span>
                    <Badge variant={v.variant}>{v.text}</Badge>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
