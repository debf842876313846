import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { ratioLabel } from "@/server/domain/adherence";
import type { CaseDetail } from "./case-view";

/** How well the athlete keeps up with their assigned exercises. */
export function AdherenceCard({ adherence }: { adherence: CaseDetail["adherence"] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Program adherence</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {!adherence ? (
          <p className="text-sm text-muted-foreground">No program assigned, so nothing to measure.</p>
        ) : (
          <div className="grid gap-3 sm:grid-cols-3">
            <Stat label="This week" value={ratioLabel(adherence.thisWeek.ratio)} hint={`${adherence.thisWeek.done} of ${adherence.thisWeek.due} done`} />
            <Stat label="Last 4 weeks" value={ratioLabel(adherence.last4Weeks.ratio)} hint={`${adherence.last4Weeks.done} of ${adherence.last4Weeks.due} done`} />
            <Stat label="Streak" value={`${adherence.streak} ${adherence.streak === 1 ? "day" : "days"}`} hint="Days in a row with everything done" />
          </div>
        )}
      </CardContent>
    </Card>
  );
}
