"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useClock } from "@/components/domain/use-clock";
import { useTRPC } from "@/components/providers/trpc";
import { AssignButton } from "./assign-button";
import { ProgramAssignments } from "./program-assignments";
import { ProgramBuilder } from "./program-builder";

export function ProgramDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data: program } = useSuspenseQuery(trpc.program.byId.queryOptions({ id }));
  const { formatTime } = useClock();
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
      <Tabs defaultValue="athletes">
        <TabsList>
          <TabsTrigger value="athletes">Athletes</TabsTrigger>
          <TabsTrigger value="edit">Edit program</TabsTrigger>
        </TabsList>
        <TabsContent value="athletes" className="pt-4">
          <ProgramAssignments programId={program.id} latestVersion={program.version} />
        </TabsContent>
        <TabsContent value="edit" className="pt-4">
          {/* key: after a save the form starts from the new version */}
          <ProgramBuilder key={program.version} programId={program.id} initial={initial} />
        </TabsContent>
      </Tabs>
    </div>
  );
}
