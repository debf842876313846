import { formatDay } from "@/components/domain/date-format";
import { LocalTime } from "@/components/domain/local-time";
import { ReturnToRunBadge, TierBadge } from "@/components/domain/tier-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { RouterOutputs } from "@/server/api/types";
import { CASE_OUTCOME_LABEL } from "@/server/domain/case-labels";

type Progress = RouterOutputs["progress"]["athlete"];

/** Return-to-run status and every clinic case, within what the reader may see. */
export function CareSummary({ data }: { data: Progress }) {
  const rtr = data.returnToRun;
  return (
    <Card>
      <CardHeader className="pb-2">
        <CardTitle>
          <h2 className="text-base font-semibold">Return to run and clinic cases</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium">Return to run:</span>
          {rtr ? (
            <>
              <ReturnToRunBadge status={rtr.status} />
              <span className="text-muted-foreground">
                set <LocalTime date={rtr.setAt} pattern="d MMM yyyy" />
                {rtr.reviewDay ? `, review on ${formatDay(rtr.reviewDay, "d MMM yyyy")}` : ""}
              </span>
            </>
          ) : (
            <span className="text-muted-foreground">No status set by the clinic.</span>
          )}
        </div>
        {data.cases.length === 0 ? (
          <p className="text-muted-foreground">No clinic cases.</p>
        ) : (
          <ul className="divide-y divide-border" aria-label="Clinic cases">
            {data.cases.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2 py-2">
                <span className="tabular-nums">Opened <LocalTime date={c.openedAt} pattern="d MMM yyyy" /></span>
                {c.tier && <TierBadge tier={c.tier} />}
                {c.status === "resolved" ? (
                  <span className="text-muted-foreground">
                    closed {c.resolvedAt ? <LocalTime date={c.resolvedAt} pattern="d MMM yyyy" /> : ""}
                    {c.outcome ? ` · ${CASE_OUTCOME_LABEL[c.outcome]}` : ""}
                  </span>
                ) : (
                  <Badge variant="warning">{c.status === "open" ? "Waiting for the clinic" : "With the clinic"}</Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
