"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { formatDay } from "@/components/domain/date-format";
import { ClipboardList, HeartPulse } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DayPicker } from "./day-picker";
import { TodayItem } from "./today-item";

export function TodayList() {
  const trpc = useTRPC();
  const [day, setDay] = useState<string | undefined>(undefined);
  const { data } = useSuspenseQuery(trpc.today.get.queryOptions({ day }));
  const total = data.groups.reduce((n, g) => n + g.items.length, 0);
  const done = data.groups.reduce((n, g) => n + g.items.filter((i) => i.done).length, 0);
  const isToday = data.day === data.today;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{isToday ? "Today" : formatDay(data.day, "EEEE d MMMM")}</h1>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {total === 0 ? "Nothing due." : `${done} of ${total} done`}
            {!isToday && " · filling in late"}
          </p>
        </div>
        <Button asChild variant="secondary">
          <Link href="/today/report">
            <HeartPulse aria-hidden className="size-4" />
            Report pain
          </Link>
        </Button>
      </div>
      <DayPicker days={data.days} value={data.day} today={data.today} onChange={(d) => setDay(d === data.today ? undefined : d)} />
      {!data.hasPrograms ? (
        <EmptyState icon={ClipboardList} title="No program yet" description="Your coach has not assigned you a program. When they do, your exercises appear here." />
      ) : data.groups.length === 0 ? (
        <EmptyState icon={ClipboardList} title="Rest day" description="Nothing is due on this day. Enjoy the run, or the rest." />
      ) : (
        data.groups.map((group) => (
          <Card key={group.assignmentId} role="region" aria-label={group.programName}>
            <CardHeader className="pb-3">
              <CardTitle>
                <h2 className="text-base font-semibold">{group.programName}</h2>
              </CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="divide-y divide-border">
                {group.items.map((item) => (
                  <TodayItem key={item.itemId} assignmentId={group.assignmentId} day={data.day} item={item} queryDay={day} />
                ))}
              </ul>
              {group.formCues.length > 0 && (
                <details className="mt-3 text-sm">
                  <summary className="cursor-pointer font-medium text-muted-foreground">Form cues and tips</summary>
                  <ul className="mt-2 list-disc space-y-1 pl-5 text-muted-foreground">
                    {[...group.formCues, ...group.lifestyleNotes].map((cue) => (
                      <li key={cue}>{cue}</li>
                    ))}
                  </ul>
                </details>
              )}
            </CardContent>
          </Card>
        ))
      )}
    </div>
  );
}
