"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { RouterOutputs } from "@/server/api/types";
import type { ProfileForm as Values } from "@/server/schemas/account";

const ORG_ZONE = "";
const resolver = lazyZodResolver(() => import("@/server/schemas/account").then((m) => m.profileForm));

export function ProfileForm({ account, timeZones }: { account: RouterOutputs["account"]["get"]; timeZones: string[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const form = useForm<Values>({ resolver, defaultValues: { name: account.name, timeZone: account.timeZone ?? ORG_ZONE } });
  const save = useMutation(
    trpc.account.update.mutationOptions({
      onSuccess: (_r, vars) => {
        toast.success("Saved.");
        form.reset({ name: vars.name ?? account.name, timeZone: vars.timeZone ?? ORG_ZONE });
        void queryClient.invalidateQueries(trpc.account.pathFilter());
        void queryClient.invalidateQueries(trpc.me.pathFilter());
        // The header shows the name from the server layout.
        router.refresh();
      },
      onError: (err) => toast.error(`Not saved: ${err.message}`),
    }),
  );
  const zones = account.timeZone && !timeZones.includes(account.timeZone) ? [account.timeZone, ...timeZones] : timeZones;
  const { errors, isDirty } = form.formState;

  return (
    <Card>
      <form onSubmit={form.handleSubmit((v) => save.mutate({ name: v.name, timeZone: v.timeZone === ORG_ZONE ? null : v.timeZone }))} noValidate>
        <CardHeader>
          <CardTitle>
            <h2>Profile</h2>
          </CardTitle>
          <CardDescription>Your email address is how you sign in.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Field label="Name" error={errors.name?.message}>
            <Input autoComplete="name" {...form.register("name")} />
          </Field>
          <Field label="Email">
            <Input value={account.email} readOnly disabled />
          </Field>
          <Field label="Time zone" description="Decides when your day starts and ends in the app." error={errors.timeZone?.message}>
            <NativeSelect {...form.register("timeZone")}>
              <option value={ORG_ZONE}>Same as the organisation ({account.orgTimeZone.replaceAll("_", " ")})</option>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
            </NativeSelect>
          </Field>
        </CardContent>
        <CardFooter>
          <Button type="submit" disabled={!isDirty || save.isPending}>
            {save.isPending ? "Saving…" : "Save profile"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
