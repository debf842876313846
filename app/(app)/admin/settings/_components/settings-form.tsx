"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { SettingsInput } from "@/server/schemas/settings";
import { RuleFieldsCards } from "./rule-fields-cards";

const resolver = lazyZodResolver(() => import("@/server/schemas/settings").then((m) => m.settingsInput));

export function SettingsForm({ timeZones }: { timeZones: string[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.settings.get.queryOptions());
  const form = useForm<SettingsInput>({
    resolver,
    defaultValues: { name: data.name, timeZone: data.timeZone, weekStartsOn: data.weekStartsOn, thresholds: data.thresholds, ackDeadlines: data.ackDeadlines },
  });
  const { errors, isDirty } = form.formState;
  const save = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: (_r, values) => {
        toast.success("Settings saved.");
        form.reset(values);
        void queryClient.invalidateQueries(trpc.settings.pathFilter());
      },
      onError: (err) => toast.error(`Not saved: ${err.message}`),
    }),
  );
  const zones = timeZones.includes(data.timeZone) ? timeZones : [data.timeZone, ...timeZones];

  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Organisation</h2>
          </CardTitle>
          <CardDescription>The time zone sets each day for people who have not chosen their own.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-3">
          <Field label="Name" error={errors.name?.message}>
            <Input autoComplete="organization" {...form.register("name")} />
          </Field>
          <Field label="Time zone" error={errors.timeZone?.message}>
            <NativeSelect {...form.register("timeZone")}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label="First day of the week" error={errors.weekStartsOn?.message}>
            <NativeSelect {...form.register("weekStartsOn", { setValueAs: (v) => Number(v) })}>
              <option value={1}>Monday</option>
              <option value={7}>Sunday</option>
            </NativeSelect>
          </Field>
        </CardContent>
      </Card>
      <RuleFieldsCards form={form} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-end">
        {isDirty && <p className="text-sm text-muted-foreground sm:mr-auto">You have changes that are not saved yet.</p>}
        <Button type="button" variant="outline" disabled={!isDirty || save.isPending} onClick={() => form.reset()}>
          Undo changes
        </Button>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
