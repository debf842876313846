"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { formatDay } from "@/components/domain/date-format";
import { toast } from "@/components/ui/toast";
import { PainValue } from "@/components/domain/pain-value";
import { ReturnToRunBadge, TierBadge } from "@/components/domain/tier-badge";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { ratioLabel } from "@/server/domain/adherence";

export function AthleteOverview({ athleteId }: { athleteId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.athlete.summary.queryOptions({ athleteId }));
  const setStatus = useMutation(
    trpc.assignment.setStatus.mutationOptions({
      onError: (err) => toast.error(err.message),
      onSettled: () => Promise.all([queryClient.invalidateQueries(trpc.athlete.pathFilter()), queryClient.invalidateQueries(trpc.roster.pathFilter())]),
    }),
  );
  const a = data.adherence;
  return (
    <div className="space-y-4">
      <PageHeader title={data.athlete.name} description={data.athlete.weeklyKm ? `About ${data.athlete.weeklyKm} km a week.` : undefined}>
        <div className="flex flex-wrap gap-2">
          {data.openCase && <TierBadge tier={data.openCase.tier} />}
          {data.returnToRun && <ReturnToRunBadge status={data.returnToRun.status} />}
        </div>
      </PageHeader>
      <section aria-label="Adherence" className="grid grid-cols-3 gap-3">
        <Stat label="This week" value={ratioLabel(a?.thisWeek.ratio)} hint={a ? `${a.thisWeek.done} of ${a.thisWeek.due} due` : undefined} />
        <Stat label="Last 4 weeks" value={ratioLabel(a?.last4Weeks.ratio)} hint={a ? `${a.last4Weeks.done} of ${a.last4Weeks.due} due` : undefined} />
        <Stat label="Streak" value={`${a?.streak ?? 0} d`} hint="Days in a row with everything done" />
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader className="pb-3">
            <CardTitle>
              <h2 className="text-base font-semibold">Programs</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="divide-y divide-border">
              {data.assignments.map((as) => (
                <li key={as.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <div>
                    <p className="font-medium">{as.programName}</p>
                    <p className="text-sm text-muted-foreground">
                      v{as.version} · from {formatDay(as.startDay, "d MMM")}
                      {as.endDay ? ` to ${formatDay(as.endDay, "d MMM")}` : ""}
                    </p>
                  </div>
                  <div className="flex items-center gap-1">
                    <Badge variant={as.status === "active" ? "success" : "muted"}>{as.status}</Badge>
                    {as.status === "active" && (
                      <Button size="sm" variant="ghost" onClick={() => setStatus.mutate({ id: as.id, status: "paused" })}>
                        Pause
                      </Button>
                    )}
                    {as.status === "paused" && (
                      <Button size="sm" variant="ghost" onClick={() => setStatus.mutate({ id: as.id, status: "active" })}>
                        Resume
                      </Button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card>
          <CardHeader className="pb-3">
            <CardTitle>
              <h2 className="text-base font-semibold">Pain reports, last 4 weeks</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            {!data.painShared ? (
              <p className="text-sm text-muted-foreground">This athlete shares flags and return-to-run status only, not pain details.</p>
            ) : data.pain.length === 0 ? (
              <p className="text-sm text-muted-foreground">No reports in the last 4 weeks.</p>
            ) : (
              <ul className="space-y-2" aria-label="Pain reports">
                {data.pain.map((p) => (
                  <li key={p.id}>
                    <PainValue pain={p} />
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
