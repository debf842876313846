"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { formatInstant } from "@/components/domain/date-format";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { AssignTrigger } from "./assign-button";
import { AthletePicker } from "./athlete-picker";

/** Loaded by AssignButton. */
export default function AssignDialog({ programId, programName, version, defaultOpen = false }: { programId: string; programName: string; version: number; defaultOpen?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: me } = useSuspenseQuery(trpc.me.get.queryOptions());
  const { data: athletes } = useSuspenseQuery(trpc.roster.names.queryOptions());
  const [open, setOpen] = useState(defaultOpen);
  const [mode, setMode] = useState<"team" | "athletes">("team");
  const [teamId, setTeamId] = useState<string>("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [startDay, setStartDay] = useState(() => formatInstant(new Date(), "yyyy-MM-dd"));
  const [endDay, setEndDay] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const assign = useMutation(
    trpc.assignment.create.mutationOptions({
      onSuccess: (r) => {
        toast.success(`Assigned version ${r.version} to ${r.count} athlete${r.count === 1 ? "" : "s"}.`);
        setOpen(false);
        setChosen([]);
      },
      onError: (err) => setProblem(err.message),
      onSettled: () => Promise.all([queryClient.invalidateQueries(trpc.assignment.pathFilter()), queryClient.invalidateQueries(trpc.program.pathFilter())]),
    }),
  );

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (mode === "team" && !teamId) return setProblem("Choose a team.");
    if (mode === "athletes" && chosen.length === 0) return setProblem("Choose at least one athlete.");
    assign.mutate({
      programId,
      startDay,
      endDay: endDay || null,
      ...(mode === "team" ? { teamId, athleteIds: [] } : { athleteIds: chosen }),
    });
  };

  return (
    <Dialog open={open} onOpenChange={(o) => { setOpen(o); setProblem(null); }}>
      <DialogTrigger asChild>
        <AssignTrigger />
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto">
        <DialogHeader>
          <DialogTitle>Assign {programName}</DialogTitle>
          <DialogDescription>Athletes get version {version}, and keep it until you move them to a newer one.</DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} noValidate className="space-y-4">
          <Tabs value={mode} onValueChange={(v) => setMode(v as "team" | "athletes")}>
            <TabsList>
              <TabsTrigger value="team">A whole team</TabsTrigger>
              <TabsTrigger value="athletes">Chosen athletes</TabsTrigger>
            </TabsList>
            <TabsContent value="team" className="pt-3">
              <Field label="Team">
                {(p) => (
                  <ChoiceSelect {...p} value={teamId} onValueChange={setTeamId} placeholder="Choose a team" choices={me.teams.map((t) => ({ value: t.id, label: t.name }))} />
                )}
              </Field>
            </TabsContent>
            <TabsContent value="athletes" className="pt-3">
              <AthletePicker athletes={athletes} chosen={chosen} onChange={setChosen} />
            </TabsContent>
          </Tabs>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label="Start date">
              <Input type="date" value={startDay} onChange={(e) => setStartDay(e.target.value)} required />
            </Field>
            <Field label="End date" description="Optional.">
              <Input type="date" value={endDay} min={startDay} onChange={(e) => setEndDay(e.target.value)} />
            </Field>
          </div>
          {problem && (
            <p role="status" aria-label="Assignment problem" className="rounded-md bg-destructive-subtle p-3 text-sm text-destructive-subtle-foreground">
              {problem}
            </p>
          )}
          <DialogFooter>
            <Button type="submit" disabled={assign.isPending}>
              Assign
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
