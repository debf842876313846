"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { ShieldCheck, Smartphone } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { RouterOutputs } from "@/server/api/types";
import type { TwoStepCodeInput } from "@/server/schemas/two-step";
import { CodeField } from "./code-field";
import { DisableTwoStepForm } from "./disable-form";
import { SetUpKey } from "./set-up-key";

const resolver = lazyZodResolver(() => import("@/server/schemas/two-step").then((m) => m.twoStepCodeInput));

type Started = RouterOutputs["twoStep"]["start"];

const formatDay = (d: Date) => new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", year: "numeric" }).format(d);

/**
 * A staff member's two-step sign-in: set it up (QR code or key, then a code from the app), see
 * that it is on, turn it off. Used on the account page and on the set-up page a required
 * enrolment leads to; `onEnabled` runs after a code confirmed it.
 */
export function TwoStepSetup({ onEnabled }: { onEnabled?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: status } = useSuspenseQuery(trpc.twoStep.status.queryOptions());
  const [started, setStarted] = useState<Started | null>(null);
  const start = useMutation(trpc.twoStep.start.mutationOptions({ onSuccess: setStarted, onError: (err) => toast.error(err.message) }));
  const refresh = () => queryClient.invalidateQueries(trpc.twoStep.pathFilter());

  return (
    <Card aria-labelledby="two-step-title">
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          <h2 id="two-step-title">Two-step sign-in</h2>
          {status.enabled ? <Badge variant="success">On</Badge> : <Badge variant="muted">Off</Badge>}
        </CardTitle>
        <CardDescription>
          Signing in asks for a 6-digit code from an app on your phone as well as your password, so a password someone else learns is not enough to get in.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {status.enabled ? (
          <>
            <p className="flex items-center gap-2 text-sm">
              <ShieldCheck aria-hidden className="size-4 text-success-subtle-foreground" />
              On since {status.enabledAt ? formatDay(status.enabledAt) : "today"}.
            </p>
            <p className="text-sm text-muted-foreground">Lost your phone? An admin can turn it off for you, and you set it up again.</p>
            {status.required ? (
              <p className="text-sm text-muted-foreground">Your organisation requires two-step sign-in for staff, so it stays on.</p>
            ) : (
              <DisableTwoStepForm onDone={refresh} />
            )}
          </>
        ) : started ? (
          <Enrol
            started={started}
            onCancel={() => setStarted(null)}
            onEnabled={async () => {
              setStarted(null);
              toast.success("Two-step sign-in is on. Next time you sign in, have your phone at hand.");
              await refresh();
              onEnabled?.();
            }}
          />
        ) : (
          <>
            {status.due && (
              <Alert variant="warning" aria-label="Two-step sign-in required">
                Your organisation asks staff to use two-step sign-in. Set it up to continue; it takes about two minutes.
              </Alert>
            )}
            <Button type="button" disabled={start.isPending} onClick={() => start.mutate()}>
              <Smartphone aria-hidden /> {start.isPending ? "Preparing…" : "Set up two-step sign-in"}
            </Button>
          </>
        )}
      </CardContent>
    </Card>
  );
}

function Enrol({ started, onCancel, onEnabled }: { started: Started; onCancel: () => void; onEnabled: () => void }) {
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
