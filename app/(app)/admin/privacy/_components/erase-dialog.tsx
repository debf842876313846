"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { EraseTrigger } from "./erase-button";

/** Loaded by EraseButton. */
export default function EraseDialog({ athlete, defaultOpen = false }: { athlete: { id: string; name: string }; defaultOpen?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(defaultOpen);
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const erase = useMutation(
    trpc.privacy.eraseAthlete.mutationOptions({
      onSuccess: (r) => {
        toast.success(`${athlete.name} was erased. The audit trail now shows "${r.pseudonym}".`);
        setOpen(false);
      },
      onError: (err) => setProblem(err.message),
      onSettled: () => Promise.all([queryClient.invalidateQueries(trpc.privacy.pathFilter()), queryClient.invalidateQueries(trpc.people.pathFilter())]),
    }),
  );
  const matches = typed.trim().toLowerCase() === athlete.name.trim().toLowerCase();

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setTyped("");
        setProblem(null);
      }}
    >
      <DialogTrigger asChild>
        <EraseTrigger name={athlete.name} />
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Erase {athlete.name}?</DialogTitle>
          <DialogDescription>
            Their account and everything that belongs to it are deleted for good: pain reports, check-offs, programs, clinic cases and notes. This cannot be undone.
          </DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            setProblem(null);
            erase.mutate({ athleteId: athlete.id, confirmName: typed });
          }}
        >
          {problem && (
            <Alert variant="destructive" aria-label="Erasure problem">
              {problem}
            </Alert>
          )}
          <Field label={`Type "${athlete.name}" to confirm`}>
            <Input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </Field>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Keep
            </Button>
            <Button type="submit" variant="destructive" disabled={!matches || erase.isPending}>
              {erase.isPending ? "Erasing…" : "Erase for good"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
