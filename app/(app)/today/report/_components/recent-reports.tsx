"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { formatDay, formatInstant } from "@/components/domain/date-format";
import { PainValue } from "@/components/domain/pain-value";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/ready-fieldset";
import { PAIN_AREA_LABEL } from "@/server/domain/pain-labels";
import type { RouterOutputs } from "@/server/api/types";

export type MyReport = RouterOutputs["pain"]["mine"][number];
/** The report being corrected, with its day and time as the athlete reads them. */
export type Correcting = { report: MyReport; day: string; time: string };

/** The athlete's latest reports; those sent in the last 24 hours can still be corrected. */
export function RecentReports({ onCorrect, editingId }: { onCorrect: (correcting: Correcting) => void; editingId: string | null }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.pain.mine.queryOptions({ limit: 10 }));
  const hydrated = useHydrated();
  return (
    <section aria-labelledby="recent-reports-title" className="space-y-3">
      <h2 id="recent-reports-title" className="text-lg font-semibold tracking-tight">
        Your recent reports
      </h2>
      {data.length === 0 ? (
        <p className="text-sm text-muted-foreground">No reports yet.</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border bg-card" aria-label="Recent reports">
          {data.map((r) => (
            <li key={r.id} className="flex items-center justify-between gap-3 p-3" aria-label={`Report of ${formatDay(r.day, "d MMMM")}`}>
              <div className="min-w-0 space-y-0.5">
                <PainValue pain={{ painNow: r.painNow, day: r.day }} />
                <p className="truncate text-xs text-muted-foreground">
                  {r.areas.map((a) => PAIN_AREA_LABEL[a]).join(", ")}
                </p>
                {r.revision > 1 && <Badge variant="muted">Corrected</Badge>}
              </div>
              {r.correctable && (
                <Button variant="outline" size="sm" onClick={() => onCorrect({ report: r, day: formatDay(r.day, "EEEE d MMMM"), time: formatInstant(r.reportedAt, "HH:mm") })} disabled={!hydrated || editingId === r.id}>
                  Correct
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-muted-foreground">A report can be corrected for 24 hours after you send it. The original stays on record.</p>
    </section>
  );
}
