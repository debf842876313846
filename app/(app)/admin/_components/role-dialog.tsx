"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { ROLE_LABEL } from "@/components/layout/nav-items";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { type Role, ROLES } from "@/server/domain/role-vocab";
import type { PersonRow } from "./people-table";

const WHAT_THEY_DO: Record<Role, string> = {
  admin: "Manages people, teams and settings.",
  coach: "Assigns programs and follows the athletes of their teams.",
  physio: "Reviews flagged cases for the whole organisation.",
  athlete: "Does their exercises and reports pain.",
};

export function RoleDialog({ person, onClose }: { person: PersonRow; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [role, setRole] = useState<Role>(person.role);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation(
    trpc.people.setRole.mutationOptions({
      onSuccess: () => {
        toast.success(`${person.name} is now ${ROLE_LABEL[role].toLowerCase()}.`);
        void queryClient.invalidateQueries(trpc.people.pathFilter());
        void queryClient.invalidateQueries(trpc.team.pathFilter());
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
          <DialogTitle>Change the role of {person.name}</DialogTitle>
          <DialogDescription>They are signed out and see their new pages when they sign in again. Their history stays.</DialogDescription>
        </DialogHeader>
        {problem && (
          <Alert variant="destructive" aria-label="Role not changed">
            {problem}
          </Alert>
        )}
        <RadioGroup value={role} onValueChange={(v) => setRole(v as Role)} aria-label="Role">
          {ROLES.map((r) => (
            <div key={r} className="flex items-start gap-3">
              <RadioGroupItem id={`role-${r}`} value={r} className="mt-0.5" />
              <Label htmlFor={`role-${r}`} className="block">
                <span className="block">{ROLE_LABEL[r]}</span>
                <span className="block font-normal text-muted-foreground">{WHAT_THEY_DO[r]}</span>
              </Label>
            </div>
          ))}
        </RadioGroup>
        {(role === "admin" || role === "physio") && (person.role === "coach" || person.role === "athlete") && (
          <p className="text-sm text-muted-foreground">Their team memberships end: {ROLE_LABEL[role].toLowerCase()}s see every team.</p>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button disabled={role === person.role || save.isPending} onClick={() => save.mutate({ userId: person.id, role })}>
            {save.isPending ? "Saving…" : "Change role"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
