"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { teamCreateInput } from "@/server/schemas/team";

const resolver = lazyZodResolver(() => import("@/server/schemas/team").then((m) => m.teamCreateInput));

type Values = z.infer<typeof teamCreateInput>;

export function TeamCreateForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<Values>({ resolver, defaultValues: { name: "" } });
  const create = useMutation(
    trpc.team.create.mutationOptions({
      onSuccess: (_r, vars) => {
        toast.success(`Team “${vars.name.trim()}” created.`);
        form.reset({ name: "" });
        void queryClient.invalidateQueries(trpc.team.pathFilter());
      },
      onError: (err) => form.setError("name", { message: err.message }),
    }),
  );
  return (
    <form onSubmit={form.handleSubmit((v) => create.mutate(v))} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-start">
      <Field label="New team" hideLabel error={form.formState.errors.name?.message} className="sm:w-80">
        <Input placeholder="Name of a new team" autoComplete="off" {...form.register("name")} />
      </Field>
      <Button type="submit" disabled={create.isPending}>
        <Plus aria-hidden /> Create team
      </Button>
    </form>
  );
}
