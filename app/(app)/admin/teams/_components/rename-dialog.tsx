"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { teamName } from "@/server/schemas/team";

const schema = z.object({ name: teamName });

export function RenameDialog({ team, onClose }: { team: { id: string; name: string }; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { name: team.name } });
  const rename = useMutation(
    trpc.team.rename.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.team.pathFilter());
        void queryClient.invalidateQueries(trpc.people.pathFilter());
        onClose();
      },
      onError: (err) => form.setError("name", { message: err.message }),
    }),
  );
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Rename {team.name}</DialogTitle>
          <DialogDescription>Members and history stay with the team.</DialogDescription>
        </DialogHeader>
        <form onSubmit={form.handleSubmit((v) => rename.mutate({ id: team.id, name: v.name }))} noValidate className="grid gap-4">
          <Field label="Team name" error={form.formState.errors.name?.message}>
            <Input autoComplete="off" {...form.register("name")} />
          </Field>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button type="submit" disabled={rename.isPending}>
              {rename.isPending ? "Saving…" : "Rename"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
