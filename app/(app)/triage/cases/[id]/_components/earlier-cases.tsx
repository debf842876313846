import { LocalTime } from "@/components/domain/local-time";
import Link from "next/link";
import { TierBadge } from "@/components/domain/tier-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CASE_OUTCOME_LABEL, CASE_STATUS_LABEL } from "@/server/domain/case-labels";
import type { CaseDetail } from "./case-view";

export function EarlierCases({ cases }: { cases: CaseDetail["earlierCases"] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Earlier cases</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {cases.length === 0 ? (
          <p className="text-sm text-muted-foreground">None: this is the athlete&apos;s first case.</p>
        ) : (
          <ul className="divide-y divide-border" aria-label="Earlier cases">
            {cases.map((c) => (
              <li key={c.id} className="space-y-1 py-2 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <TierBadge tier={c.tier} />
                  <Link href={`/triage/cases/${c.id}`} className="font-medium underline-offset-4 hover:underline">
                    <LocalTime date={c.openedAt} pattern="d MMM yyyy" />
                    {c.resolvedAt && (
                      <>
                        {" to "}
                        <LocalTime date={c.resolvedAt} pattern="d MMM yyyy" />
                      </>
                    )}
                  </Link>
                  <span className="text-muted-foreground">{c.outcome ? CASE_OUTCOME_LABEL[c.outcome] : CASE_STATUS_LABEL[c.status]}</span>
                </div>
                <p className="text-muted-foreground">{c.reasons.map((r) => r.reason).join(" ")}</p>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
