"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRound, ShieldCheck, Smartphone, UserCheck, UserX, UsersRound } from "lucide-react";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { DeactivateDialog } from "./deactivate-dialog";
import { type IssuedLink, LinkDialog } from "./link-dialog";
import { PersonActionsButton } from "./person-actions";
import type { PersonRow } from "./people-table";
import { ResetTwoStepDialog } from "./reset-two-step-dialog";
import { RoleDialog } from "./role-dialog";
import { TeamsDialog } from "./teams-dialog";

type Open = "role" | "teams" | "deactivate" | "two-step" | null;

/** Loaded by PersonActions. */
export default function PersonActionsMenu({ person, teams, defaultOpen }: { person: PersonRow; teams: { id: string; name: string }[]; defaultOpen?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open>(null);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const hasTeams = person.role === "coach" || person.role === "athlete";

  const reset = useMutation(
    trpc.people.resetPassword.mutationOptions({
      onSuccess: (r) => {
        setIssued({ title: `Password link for ${person.name}`, name: person.name, ...r });
        void queryClient.invalidateQueries(trpc.invitation.list.pathFilter());
      },
      onError: (err) => toast.error(err.message),
    }),
  );
  const reactivate = useMutation(
    trpc.people.setActive.mutationOptions({
      onSuccess: () => {
        toast.success(`${person.name} can sign in again.`);
        void queryClient.invalidateQueries(trpc.people.pathFilter());
      },
      onError: (err) => toast.error(err.message),
    }),
  );

  return (
    <>
      <DropdownMenu defaultOpen={defaultOpen}>
        <DropdownMenuTrigger asChild>
          <PersonActionsButton name={person.name} />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-56">
          <DropdownMenuLabel className="truncate">{person.name}</DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setOpen("role")}>
            <ShieldCheck aria-hidden /> Change role
          </DropdownMenuItem>
          {hasTeams && (
            <DropdownMenuItem onSelect={() => setOpen("teams")}>
              <UsersRound aria-hidden /> {person.role === "athlete" ? "Change team" : "Teams coached"}
            </DropdownMenuItem>
          )}
          {person.active && (
            <DropdownMenuItem disabled={reset.isPending} onSelect={() => reset.mutate({ userId: person.id })}>
              <KeyRound aria-hidden /> {person.hasPassword ? "Password reset link" : "New link to set a password"}
            </DropdownMenuItem>
          )}
          {person.twoStep && (
            <DropdownMenuItem onSelect={() => setOpen("two-step")}>
              <Smartphone aria-hidden /> Reset two-step sign-in
            </DropdownMenuItem>
          )}
          <DropdownMenuSeparator />
          {person.active ? (
            <DropdownMenuItem variant="destructive" onSelect={() => setOpen("deactivate")}>
              <UserX aria-hidden /> Deactivate
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem disabled={reactivate.isPending} onSelect={() => reactivate.mutate({ userId: person.id, active: true })}>
              <UserCheck aria-hidden /> Reactivate
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {open === "role" && <RoleDialog person={person} onClose={() => setOpen(null)} />}
      {open === "teams" && <TeamsDialog person={person} teams={teams} onClose={() => setOpen(null)} />}
      {open === "deactivate" && <DeactivateDialog person={person} onClose={() => setOpen(null)} />}
      {open === "two-step" && <ResetTwoStepDialog person={person} onClose={() => setOpen(null)} />}
      <LinkDialog issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
