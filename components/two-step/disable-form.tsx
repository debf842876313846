"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TwoStepDisableInput } from "@/server/schemas/two-step";
import { CodeField } from "./code-field";

const resolver = lazyZodResolver(() => import("@/server/schemas/two-step").then((m) => m.twoStepDisableInput));

/** Turning two-step sign-in off asks for the password and a current code. */
export function DisableTwoStepForm({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const form = useForm<TwoStepDisableInput>({ resolver, defaultValues: { password: "", code: "" } });
  const disable = useMutation(
    trpc.twoStep.disable.mutationOptions({
      onSuccess: () => {
        toast.success("Two-step sign-in is off. Your password alone signs you in again.");
        setOpen(false);
        form.reset();
        onDone();
      },
      onError: (err) => form.setError(err.message.includes("password") ? "password" : "code", { message: err.message }),
    }),
  );
  if (!open) {
    return (
      <Button type="button" variant="outline" onClick={() => setOpen(true)}>
        Turn off…
      </Button>
    );
  }
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((v) => disable.mutate(v))} noValidate className="space-y-3 rounded-lg border border-border p-4">
      <p className="text-sm">To turn it off, confirm it is you.</p>
      <Field label="Your password" error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...form.register("password")} />
      </Field>
      <CodeField label="Code from the app" error={errors.code?.message} {...form.register("code")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="destructive" disabled={disable.isPending}>
          {disable.isPending ? "Turning off…" : "Turn off two-step sign-in"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Keep it on
        </Button>
      </div>
    </form>
  );
}
