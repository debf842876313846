"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { formatDay } from "@/components/domain/date-format";
import { Users } from "lucide-react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const STATUS_LABEL = { active: "Active", paused: "Paused", ended: "Ended" } as const;

export function ProgramAssignments({ programId, latestVersion }: { programId: string; latestVersion: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.assignment.forProgram.queryOptions({ programId }));
  const after = {
    onError: (err: { message: string }) => toast.error(err.message),
    onSettled: () => Promise.all([queryClient.invalidateQueries(trpc.assignment.pathFilter()), queryClient.invalidateQueries(trpc.roster.pathFilter())]),
  };
  const setStatus = useMutation(trpc.assignment.setStatus.mutationOptions(after));
  const move = useMutation(trpc.assignment.moveToLatest.mutationOptions({ ...after, onSuccess: (r) => toast.success(`Moved to version ${r.version}.`) }));

  if (data.length === 0) {
    return <EmptyState icon={Users} title="Nobody follows this program yet" description="Use Assign to give it to athletes or a whole team." />;
  }
  const dates = (start: string, end: string | null) => `${formatDay(start, "d MMM yyyy")} – ${end ? formatDay(end, "d MMM yyyy") : "no end"}`;
  return (
    <Table aria-label="Assigned athletes">
      <TableHeader>
        <TableRow>
          <TableHead>Athlete</TableHead>
          <TableHead>Version</TableHead>
          <TableHead>Dates</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.map((a) => (
          <TableRow key={a.id}>
            <TableCell className="font-medium">{a.athleteName}</TableCell>
            <TableCell>
              v{a.version}
              {a.version < latestVersion && a.status !== "ended" && (
                <Button variant="link" size="sm" onClick={() => move.mutate({ id: a.id })}>
                  Move to v{latestVersion}
                </Button>
              )}
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">{dates(a.startDay, a.endDay)}</TableCell>
            <TableCell>
              <Badge variant={a.status === "active" ? "success" : "muted"}>{STATUS_LABEL[a.status]}</Badge>
            </TableCell>
            <TableCell className="whitespace-nowrap text-right">
              {a.status === "active" && (
                <Button variant="ghost" size="sm" onClick={() => setStatus.mutate({ id: a.id, status: "paused" })} aria-label={`Pause for ${a.athleteName}`}>
                  Pause
                </Button>
              )}
              {a.status === "paused" && (
                <Button variant="ghost" size="sm" onClick={() => setStatus.mutate({ id: a.id, status: "active" })} aria-label={`Resume for ${a.athleteName}`}>
                  Resume
                </Button>
              )}
              {a.status !== "ended" && (
                <Button variant="ghost" size="sm" onClick={() => setStatus.mutate({ id: a.id, status: "ended" })} aria-label={`End for ${a.athleteName}`}>
                  End
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
