import { Timer, TimerOff } from "lucide-react";
import { TierBadge } from "@/components/domain/tier-badge";
import { Stat } from "@/components/ui/stat";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RouterOutputs } from "@/server/api/types";
import { hoursLabel } from "@/server/domain/durations";

type Timings = RouterOutputs["dashboard"]["clinic"]["timings"];

/** Median hours from opening to the first acknowledgement and to closing, for cases opened in the period. */
export function CaseTimings({ timings }: { timings: Timings }) {
  const o = timings.overall;
  return (
    <section aria-labelledby="timings-heading" className="space-y-3">
      <h2 id="timings-heading" className="text-lg font-semibold">
        Cases opened in this period <span className="font-normal text-muted-foreground">({o.opened})</span>
      </h2>
      <div className="grid grid-cols-2 gap-3">
        <Stat icon={Timer} label="Median time to acknowledge" value={hoursLabel(o.medianAckHours)} hint={`${o.acknowledged} of ${o.opened} acknowledged`} />
        <Stat icon={TimerOff} label="Median time to close" value={hoursLabel(o.medianResolveHours)} hint={`${o.resolved} of ${o.opened} closed`} />
      </div>
      <Table aria-label="Times by tier">
        <TableHeader>
          <TableRow>
            <TableHead>Tier</TableHead>
            <TableHead>Opened</TableHead>
            <TableHead>Acknowledged</TableHead>
            <TableHead>Median to acknowledge</TableHead>
            <TableHead>Closed</TableHead>
            <TableHead>Median to close</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {timings.byTier.map((t) => (
            <TableRow key={t.tier}>
              <TableCell>{t.tier && <TierBadge tier={t.tier} />}</TableCell>
              <TableCell className="tabular-nums">{t.opened}</TableCell>
              <TableCell className="tabular-nums">{t.acknowledged}</TableCell>
              <TableCell className="tabular-nums">{hoursLabel(t.medianAckHours)}</TableCell>
              <TableCell className="tabular-nums">{t.resolved}</TableCell>
              <TableCell className="tabular-nums">{hoursLabel(t.medianResolveHours)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
