import { TierBadge } from "@/components/domain/tier-badge";
import { Stat } from "@/components/ui/stat";
import type { RouterOutputs } from "@/server/api/types";

type Row = RouterOutputs["dashboard"]["clinic"]["openByTier"][number];

export function OpenByTier({ rows }: { rows: Row[] }) {
  const total = rows.reduce((n, r) => n + r.open, 0);
  return (
    <section aria-labelledby="open-heading" className="space-y-3">
      <h2 id="open-heading" className="text-lg font-semibold">
        Open cases now <span className="font-normal text-muted-foreground">({total})</span>
      </h2>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {rows.map((r) => (
          <Stat
            key={r.tier}
            label={<TierBadge tier={r.tier} />}
            value={r.open}
            hint={r.overdue > 0 ? `${r.overdue} past the time to acknowledge` : "none overdue"}
            tone={r.overdue > 0 ? "destructive" : "default"}
          />
        ))}
      </div>
    </section>
  );
}
