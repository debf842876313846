"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { PersonRow } from "./people-table";

/** For a lost phone: turns the person's two-step sign-in off and signs them out. */
export function ResetTwoStepDialog({ person, onClose }: { person: PersonRow; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const reset = useMutation(
    trpc.people.resetTwoStep.mutationOptions({
      onSuccess: () => {
        toast.success(`Two-step sign-in is off for ${person.name}. They set it up again with their new phone.`);
        void queryClient.invalidateQueries(trpc.people.pathFilter());
        onClose();
      },
      onError: (err) => setProblem(err.message),
    }),
  );
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Reset two-step sign-in for {person.name}?</DialogTitle>
          <DialogDescription>
            Do this when they lost their phone or changed it. They are signed out everywhere, sign in again with their password, and set up two-step sign-in
            again (straight away when your organisation requires it). Make sure it is really them who asked.
          </DialogDescription>
        </DialogHeader>
        {problem && (
          <Alert variant="destructive" aria-label="Not reset">
            {problem}
          </Alert>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" disabled={reset.isPending} onClick={() => reset.mutate({ userId: person.id })}>
            {reset.isPending ? "Resetting…" : "Reset two-step sign-in"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
