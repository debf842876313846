"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useClock } from "@/components/domain/use-clock";
import { useTRPC } from "@/components/providers/trpc";
import { whenIdle } from "@/components/ui/when-idle";
import { AssignButton } from "./assign-button";
import { ProgramAssignments } from "./program-assignments";
import { loadSortable } from "./row-drag";

// The editor is the second tab: it loads when the browser is idle, or as soon as the tab opens.
// Its drag and drop comes with it, so the rows start sortable instead of switching later.
const loadBuilder = () => Promise.all([import("./program-builder"), loadSortable().catch(() => null)]).then(([m]) => m);
type Builder = Awaited<ReturnType<typeof loadBuilder>>["ProgramBuilder"];

export function ProgramDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data: program } = useSuspenseQuery(trpc.program.byId.queryOptions({ id }));
  const { formatTime } = useClock();
  const [Builder, setBuilder] = useState<Builder | null>(null);
  const [tab, setTab] = useState("athletes");
  useEffect(() => {
    let live = true;
    const load = () => void loadBuilder().then((m) => live && setBuilder(() => m.ProgramBuilder), () => {});
    if (tab === "edit") load();
    const cancel = whenIdle(load);
    return () => {
      live = false;
      cancel();
    };
  }, [tab]);
  const initial = {
    name: program.name,
    goal: program.goal,
    formCuesText: program.formCues.join("\n"),
    lifestyleText: program.lifestyleNotes.join("\n"),
    items: program.items.map((i) => ({
      exerciseId: i.exercise.id,
      dose: i.dose,
      schedule: { kind: i.schedule.kind, timesPerWeek: i.schedule.timesPerWeek, weekdays: i.schedule.weekdays ? [...i.schedule.weekdays] : null },
    })),
  };
  return (
    <div>
      <PageHeader
        title={program.name}
        description={`Version ${program.version}, saved ${formatTime(program.versions[0]?.createdAt ?? new Date(0), "d MMM yyyy")}. ${program.versions.length > 1 ? `${program.versions.length} versions in all.` : ""}`}
        actions={<AssignButton programId={program.id} programName={program.name} version={program.version} />}
      >
        {program.archived && <Badge variant="warning">Archived</Badge>}
      </PageHeader>
      <Tabs value={tab} onValueChange={setTab}>
        <TabsList>
          <TabsTrigger value="athletes">Athletes</TabsTrigger>
          <TabsTrigger value="edit">Edit program</TabsTrigger>
        </TabsList>
        <TabsContent value="athletes" className="pt-4">
          <ProgramAssignments programId={program.id} latestVersion={program.version} />
        </TabsContent>
        <TabsContent value="edit" className="pt-4">
          {/* key: after a save the form starts from the new version */}
          {Builder ? (
            <Builder key={program.version} programId={program.id} initial={initial} />
          ) : (
            <Skeleton className="h-[36rem] w-full" label="Loading the editor" />
          )}
        </TabsContent>
      </Tabs>
    </div>
  );
}
