"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { formatDay } from "@/components/domain/date-format";
import { ReturnToRunBadge } from "@/components/domain/tier-badge";
import { useClock } from "@/components/domain/use-clock";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardContent } from "@/components/ui/card";

/** The clinic's word to the athlete: return-to-run status and messages a physio marked for them. */
export function CareStatus() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.care.mine.queryOptions());
  const { formatTime } = useClock();
  if (!data.returnToRun && data.messages.length === 0 && !data.underReview) return null;
  return (
    <Card aria-label="From your clinic">
      <CardContent className="space-y-3 p-4">
        <h2 className="text-sm font-semibold text-muted-foreground">From your clinic</h2>
        {data.returnToRun && (
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span>Running:</span>
            <ReturnToRunBadge status={data.returnToRun.status} />
            {data.returnToRun.reviewDay && <span className="text-muted-foreground">review on {formatDay(data.returnToRun.reviewDay, "d MMM")}</span>}
          </div>
        )}
        {data.underReview && !data.returnToRun && <p className="text-sm">A physiotherapist is looking at your recent reports.</p>}
        {data.messages.map((m) => (
          <blockquote key={m.id} className="border-l-2 border-primary pl-3 text-sm">
            <p className="whitespace-pre-line">{m.body}</p>
            <footer className="mt-1 text-xs text-muted-foreground">
              {m.authorName ?? "Your physiotherapist"}, {formatTime(m.createdAt, "d MMM HH:mm")}
            </footer>
          </blockquote>
        ))}
      </CardContent>
    </Card>
  );
}
