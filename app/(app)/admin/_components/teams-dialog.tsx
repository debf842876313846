"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import type { PersonRow } from "./people-table";

/** Moves an athlete between teams, or picks the teams a coach coaches. */
export function TeamsDialog({ person, teams, onClose }: { person: PersonRow; teams: { id: string; name: string }[]; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Set<string>>(new Set(person.teams.map((t) => t.id)));
  const [problem, setProblem] = useState<string | null>(null);
  const athlete = person.role === "athlete";
  const save = useMutation(
    trpc.people.setTeams.mutationOptions({
      onSuccess: () => {
        toast.success(`Teams of ${person.name} saved.`);
        void queryClient.invalidateQueries(trpc.people.pathFilter());
        void queryClient.invalidateQueries(trpc.team.pathFilter());
        onClose();
      },
      onError: (err) => setProblem(err.message),
    }),
  );
  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Dialog open onOpenChange={(o) => !o && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{athlete ? `Team of ${person.name}` : `Teams ${person.name} coaches`}</DialogTitle>
          <DialogDescription>
            {athlete
              ? "The coaches of these teams follow them, history included."
              : "They see the athletes of these teams."}
          </DialogDescription>
        </DialogHeader>
        {problem && (
          <Alert variant="destructive" aria-label="Teams not saved">
            {problem}
          </Alert>
        )}
        <fieldset className="grid gap-3">
          <legend className="sr-only">Teams</legend>
          {teams.length === 0 && <p className="text-sm text-muted-foreground">There are no teams yet. Create one on the Teams page.</p>}
          {teams.map((t) => (
            <div key={t.id} className="flex items-center gap-3">
              <Checkbox id={`team-${person.id}-${t.id}`} checked={chosen.has(t.id)} onCheckedChange={(v) => toggle(t.id, v === true)} />
              <Label htmlFor={`team-${person.id}-${t.id}`}>{t.name}</Label>
            </div>
          ))}
        </fieldset>
        {athlete && chosen.size === 0 && <p className="text-sm text-muted-foreground">Without a team, no coach sees this athlete.</p>}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button disabled={save.isPending} onClick={() => save.mutate({ userId: person.id, teamIds: [...chosen] })}>
            {save.isPending ? "Saving…" : "Save teams"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
