import { LocalTime } from "@/components/domain/local-time";
import { TierBadge } from "@/components/domain/tier-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CaseTier } from "@/server/domain/vocab";
import type { CaseDetail } from "./case-view";

/** Every reason the rules gave, newest last, each with its tier, when it was raised and its basis. */
export function CaseReasons({ reasons }: { reasons: CaseDetail["case"]["reasons"] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Why this case was raised</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="space-y-3" aria-label="Reasons">
          {reasons.map((r, i) => (
            <li key={`${r.ruleId}-${i}`} className="space-y-1 border-l-2 border-border pl-3">
              <div className="flex flex-wrap items-center gap-2">
                <TierBadge tier={r.tier as CaseTier} />
                <span className="text-xs text-muted-foreground">
                  Raised <LocalTime date={r.at} pattern="EEE d MMM yyyy, HH:mm" />
                </span>
              </div>
              <p className="text-sm font-medium">{r.reason}</p>
              <p className="text-sm text-muted-foreground">Basis: {r.basis}</p>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
