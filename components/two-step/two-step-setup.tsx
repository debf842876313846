"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { ShieldCheck, Smartphone } from "lucide-react";
import { lazy, Suspense, useState } from "react";
import { LocalTime } from "@/components/domain/local-time";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { RouterOutputs } from "@/server/api/types";
import { DisableTwoStepForm } from "./disable-form";
import { ReadyFieldset } from "@/components/ui/ready-fieldset";

type Started = RouterOutputs["twoStep"]["start"];

// The enrolment steps show only once set-up starts: they load while the server prepares the key.
const loadEnrol = () => import("./two-step-enrol");
const Enrol = lazy(() => loadEnrol().then((m) => ({ default: m.Enrol })));

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
      <CardContent>
        <ReadyFieldset className="space-y-4">
          {status.enabled ? (
            <>
              <p className="flex items-center gap-2 text-sm">
                <ShieldCheck aria-hidden className="size-4 text-success-subtle-foreground" />
                On since {status.enabledAt ? <LocalTime date={status.enabledAt} pattern="d MMM yyyy" /> : "today"}.
              </p>
              <p className="text-sm text-muted-foreground">Lost your phone? An admin can turn it off for you, and you set it up again.</p>
              {status.required ? (
                <p className="text-sm text-muted-foreground">Your organisation requires two-step sign-in for staff, so it stays on.</p>
              ) : (
                <DisableTwoStepForm onDone={refresh} />
              )}
            </>
          ) : started ? (
            <Suspense>
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
            </Suspense>
          ) : (
            <>
              {status.due && (
                <Alert variant="warning" aria-label="Two-step sign-in required">
                  Your organisation asks staff to use two-step sign-in. Set it up to continue; it takes about two minutes.
                </Alert>
              )}
              <Button
                type="button"
                disabled={start.isPending}
                onClick={() => {
                  void loadEnrol();
                  start.mutate();
                }}
              >
                <Smartphone aria-hidden /> {start.isPending ? "Preparing…" : "Set up two-step sign-in"}
              </Button>
            </>
          )}
        </ReadyFieldset>
      </CardContent>
    </Card>
  );
}
