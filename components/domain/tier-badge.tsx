import { Badge } from "@/components/ui/badge";
import type { CaseTier, ReturnToRun } from "@/server/domain/vocab";
import { RETURN_TO_RUN_LABEL, TIER_LABEL } from "@/server/domain/case-labels";

const TIER_VARIANT = {
  emergency: "tier-emergency",
  "same-day": "tier-same-day",
  routine: "tier-routine",
  watch: "tier-watch",
} as const;

export function TierBadge({ tier }: { tier: CaseTier }) {
  return <Badge variant={TIER_VARIANT[tier]}>{TIER_LABEL[tier]}</Badge>;
}

const RTR_VARIANT = { cleared: "success", "modified-training": "warning", "no-running": "destructive" } as const;

export function ReturnToRunBadge({ status }: { status: ReturnToRun }) {
  return <Badge variant={RTR_VARIANT[status]}>{RETURN_TO_RUN_LABEL[status]}</Badge>;
}
