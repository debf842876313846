"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { EnumSelect } from "@/components/forms/enum-select";
import { ROLE_LABEL } from "@/components/layout/nav-items";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field, FieldSet } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ROLES } from "@/server/domain/role-vocab";
import type { inviteInput } from "@/server/schemas/people";
import { InviteTrigger } from "./invite-button";
import { type IssuedLink, LinkDialog } from "./link-dialog";

const resolver = lazyZodResolver(() => import("@/server/schemas/people").then((m) => m.inviteInput));

type FormIn = z.input<typeof inviteInput>;
type FormOut = z.output<typeof inviteInput>;
const EMPTY: FormIn = { name: "", email: "", role: "athlete", teamIds: [] };

/** Loaded by InviteButton. */
export default function InviteDialog({ teams, defaultOpen = false }: { teams: { id: string; name: string }[]; defaultOpen?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(defaultOpen);
  const [problem, setProblem] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const form = useForm<FormIn, unknown, FormOut>({ resolver, defaultValues: EMPTY });
  const role = form.watch("role");
  const takesTeams = role === "coach" || role === "athlete";
  const { errors } = form.formState;

  const invite = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: (r, vars) => {
        setOpen(false);
        form.reset(EMPTY);
        setIssued({ title: `Invitation for ${vars.name}`, name: vars.name, ...r });
        void queryClient.invalidateQueries(trpc.invitation.pathFilter());
      },
      onError: (err) => setProblem(err.message),
    }),
  );

  const onSubmit = (values: FormOut) => {
    setProblem(null);
    invite.mutate({ ...values, teamIds: takesTeams ? values.teamIds : [] });
  };

  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <InviteTrigger />
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Invite someone</DialogTitle>
            <DialogDescription>They get a link to choose their password. The account exists once they have done so.</DialogDescription>
          </DialogHeader>
          <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-4">
            {problem && (
              <Alert variant="destructive" aria-label="Invitation not sent">
                {problem}
              </Alert>
            )}
            <Field label="Name" error={errors.name?.message} required>
              <Input autoComplete="off" {...form.register("name")} />
            </Field>
            <Field label="Email" error={errors.email?.message} required>
              <Input type="email" autoComplete="off" inputMode="email" {...form.register("email")} />
            </Field>
            <EnumSelect control={form.control} name="role" label="Role" options={ROLES} labels={ROLE_LABEL} error={errors.role?.message} />
            {takesTeams && (
              <FieldSet legend={role === "coach" ? "Teams they coach" : "Team"} description={teams.length === 0 ? "There are no teams yet." : undefined}>
                <Controller
                  control={form.control}
                  name="teamIds"
                  render={({ field }) => (
                    <div className="grid gap-2 sm:grid-cols-2">
                      {teams.map((t) => {
                        const value = field.value ?? [];
                        return (
                          <div key={t.id} className="flex items-center gap-3">
                            <Checkbox
                              id={`invite-team-${t.id}`}
                              checked={value.includes(t.id)}
                              onCheckedChange={(on) => field.onChange(on === true ? [...value, t.id] : value.filter((v) => v !== t.id))}
                            />
                            <Label htmlFor={`invite-team-${t.id}`}>{t.name}</Label>
                          </div>
                        );
                      })}
                    </div>
                  )}
                />
              </FieldSet>
            )}
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="outline">Cancel</Button>
              </DialogClose>
              <Button type="submit" disabled={invite.isPending}>
                {invite.isPending ? "Creating link…" : "Create invitation"}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
      <LinkDialog issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
