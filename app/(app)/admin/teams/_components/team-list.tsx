"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Archive, ArchiveRestore, Pencil, UsersRound } from "lucide-react";
import { lazy, Suspense, useState } from "react";
import { LocalTime } from "@/components/domain/local-time";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { RouterOutputs } from "@/server/api/types";

// Shown only while renaming: it loads when first needed.
const RenameDialog = lazy(() => import("./rename-dialog").then((m) => ({ default: m.RenameDialog })));

type Team = RouterOutputs["team"]["list"][number];

export function TeamList() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.team.list.queryOptions());
  const current = data.filter((t) => t.archivedAt === null);
  const archived = data.filter((t) => t.archivedAt !== null);
  if (data.length === 0) return <EmptyState icon={UsersRound} title="No teams yet" description="Create your first team above, then add athletes and coaches to it." />;
  return (
    <div className="space-y-8">
      <h2 className="sr-only">Current teams</h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Current teams">
        {current.map((t) => (
          <TeamCard key={t.id} team={t} />
        ))}
      </ul>
      {archived.length > 0 && (
        <section aria-labelledby="archived-heading" className="space-y-3">
          <h2 id="archived-heading" className="text-lg font-semibold">
            Archived teams
          </h2>
          <p className="text-sm text-muted-foreground">Their history is kept. Coaches no longer see them and nobody can join them.</p>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Archived teams">
            {archived.map((t) => (
              <TeamCard key={t.id} team={t} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function TeamCard({ team }: { team: Team }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState(false);
  const archived = team.archivedAt !== null;
  const archive = useMutation(
    trpc.team.archive.mutationOptions({
      onSuccess: () => {
        toast.success(archived ? `“${team.name}” is back.` : `“${team.name}” is archived.`);
        void queryClient.invalidateQueries(trpc.team.pathFilter());
        void queryClient.invalidateQueries(trpc.people.pathFilter());
      },
      onError: (err) => toast.error(err.message),
    }),
  );
  return (
    <li className="min-w-0">
      <Card className="h-full">
        <CardHeader>
          <CardTitle className="flex items-center justify-between gap-2">
            <h3 className="min-w-0 break-words">{team.name}</h3>
            {archived && <Badge variant="muted">Archived <LocalTime date={team.archivedAt!} pattern="d MMM yyyy" /></Badge>}
          </CardTitle>
          <CardDescription>{team.athleteCount === 1 ? "1 active athlete" : `${team.athleteCount} active athletes`}</CardDescription>
        </CardHeader>
        <CardContent className="flex-1 text-sm">
          <span className="text-muted-foreground">Coaches: </span>
          {team.coaches.length > 0 ? team.coaches.join(", ") : <span className="text-muted-foreground">none yet</span>}
        </CardContent>
        <CardFooter>
          <Button size="sm" variant="outline" onClick={() => setRenaming(true)} aria-label={`Rename ${team.name}`}>
            <Pencil aria-hidden /> Rename
          </Button>
          <Button size="sm" variant="ghost" disabled={archive.isPending} onClick={() => archive.mutate({ id: team.id, archived: !archived })} aria-label={`${archived ? "Restore" : "Archive"} ${team.name}`}>
            {archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />} {archived ? "Restore" : "Archive"}
          </Button>
        </CardFooter>
      </Card>
      {renaming && (
        <Suspense>
          <RenameDialog team={team} onClose={() => setRenaming(false)} />
        </Suspense>
      )}
    </li>
  );
}
