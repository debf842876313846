"use client";

import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import type { RouterOutputs } from "@/server/api/types";
import type { TwoStepCodeInput } from "@/server/schemas/two-step";
import { CodeField } from "./code-field";
import { SetUpKey } from "./set-up-key";

const resolver = lazyZodResolver(() => import("@/server/schemas/two-step").then((m) => m.twoStepCodeInput));

type Started = RouterOutputs["twoStep"]["start"];

/** Setting up two-step sign-in: the app, the key (QR code or typed), then a code that proves it works. */
export function Enrol({ started, onCancel, onEnabled }: { started: Started; onCancel: () => void; onEnabled: () => void }) {
  const trpc = useTRPC();
  const form = useForm<TwoStepCodeInput>({ resolver, defaultValues: { code: "" } });
  const confirm = useMutation(
    trpc.twoStep.confirm.mutationOptions({
      onSuccess: onEnabled,
      onError: (err) => form.setError("code", { message: err.message }),
    }),
  );
  return (
    <ol className="space-y-5 text-sm">
      <li className="space-y-1">
        <p className="font-medium">1. Get an authenticator app</p>
        <p className="text-muted-foreground">
          Any app for one-time codes works, for example Google Authenticator, Microsoft Authenticator, 2FAS, Aegis, or the one in your password manager.
        </p>
      </li>
      <li className="space-y-3">
        <p className="font-medium">2. Add Upright to the app</p>
        <p className="text-muted-foreground">Scan this code with the app:</p>
        {/* A data: URL made on the server; the CSP allows data: images. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={started.qrCode} alt="QR code to add Upright to your authenticator app" width={184} height={184} className="rounded-md border border-border bg-white p-1" />
        <div className="space-y-1.5">
          <p className="text-muted-foreground">Cannot scan it? Type this key into the app instead (time-based):</p>
          <SetUpKey value={started.secret} />
          <p>
            <a href={started.uri} className="font-medium text-primary underline-offset-4 hover:underline">
              Open in an authenticator app on this device
            </a>
          </p>
        </div>
      </li>
      <li>
        <form onSubmit={form.handleSubmit((v) => confirm.mutate(v))} noValidate className="space-y-3">
          <p className="font-medium">3. Enter the code the app shows</p>
          <CodeField label="Code from the app" error={form.formState.errors.code?.message} {...form.register("code")} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={confirm.isPending}>
              {confirm.isPending ? "Checking…" : "Turn on two-step sign-in"}
            </Button>
            <Button type="button" variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
          </div>
        </form>
      </li>
    </ol>
  );
}
