import { CalendarClock, Stethoscope } from "lucide-react";
import { dayLabel } from "@/components/charts/chart-style";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { RouterOutputs } from "@/server/api/types";

type Event = RouterOutputs["progress"]["athlete"]["events"][number];

/** The events the charts mark with dashed lines, in words. */
export function TimelineList({ events }: { events: Event[] }) {
  return (
    <Card>
      <CardHeader className="pb-2">
        <CardTitle>
          <h2 className="text-base font-semibold">Program and clinic events</h2>
        </CardTitle>
        <CardDescription>Marked on the pain chart as dashed lines: blue for programs, red-orange for the clinic.</CardDescription>
      </CardHeader>
      <CardContent>
        {events.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing changed in this period.</p>
        ) : (
          <ol className="space-y-2" aria-label="Events">
            {events.map((e, i) => {
              const Icon = e.group === "case" ? Stethoscope : CalendarClock;
              return (
                <li key={i} className="flex items-start gap-3 text-sm">
                  <Icon aria-hidden className={e.group === "case" ? "mt-0.5 size-4 shrink-0 text-chart-4" : "mt-0.5 size-4 shrink-0 text-chart-3"} />
                  <span className="w-16 shrink-0 tabular-nums text-muted-foreground">{dayLabel(e.day)}</span>
                  <span>{e.label}</span>
                </li>
              );
            })}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
