"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { PersonRow } from "./people-table";

export function DeactivateDialog({ person, onClose }: { person: PersonRow; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const deactivate = useMutation(
    trpc.people.setActive.mutationOptions({
      onSuccess: () => {
        toast.success(`${person.name} is deactivated.`);
        void queryClient.invalidateQueries(trpc.people.pathFilter());
        void queryClient.invalidateQueries(trpc.invitation.pathFilter());
        onClose();
        // If admins changed themselves, the server layout sends them on (or to sign in).
        router.refresh();
      },
      onError: (err) => setProblem(err.message),
    }),
  );
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Deactivate {person.name}?</DialogTitle>
          <DialogDescription>
            They are signed out at once and cannot sign in. Everything they recorded stays, and you can reactivate them at any time.
          </DialogDescription>
        </DialogHeader>
        {problem && (
          <Alert variant="destructive" aria-label="Not deactivated">
            {problem}
          </Alert>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" disabled={deactivate.isPending} onClick={() => deactivate.mutate({ userId: person.id, active: false })}>
            {deactivate.isPending ? "Deactivating…" : "Deactivate"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
