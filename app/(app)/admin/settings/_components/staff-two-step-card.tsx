"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { ReadyFieldset } from "@/components/ui/ready-fieldset";

/** The organisation's switch that makes two-step sign-in mandatory for staff. */
export function StaffTwoStepCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.settings.get.queryOptions());
  const [problem, setProblem] = useState<string | null>(null);
  const set = useMutation(
    trpc.settings.setStaffTwoStep.mutationOptions({
      onMutate: () => setProblem(null),
      onSuccess: ({ requiredForStaff }) => {
        toast.success(requiredForStaff ? "Two-step sign-in is now required for staff." : "Two-step sign-in is now optional for staff.");
        void queryClient.invalidateQueries(trpc.settings.pathFilter());
      },
      onError: (err) => setProblem(err.message),
    }),
  );
  const { requiredForStaff, youHaveIt } = data.twoStep;
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Two-step sign-in</h2>
        </CardTitle>
        <CardDescription>
          When required, coaches, physiotherapists and admins must sign in with a code from an authenticator app as well as their password. Anyone on staff who
          has not set it up is taken to the set-up at their next sign-in and can do nothing else until it is done. Athletes are not affected.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ReadyFieldset className="space-y-3">
          <Field label="Require two-step sign-in for staff" orientation="horizontal">
            <Switch checked={requiredForStaff} disabled={set.isPending} onCheckedChange={(required) => set.mutate({ required })} />
          </Field>
          {!youHaveIt && !requiredForStaff && (
            <p className="text-sm text-muted-foreground">
              Set it up for your own account first, on <Link href="/account" className="text-primary underline-offset-4 hover:underline">your account page</Link>.
            </p>
          )}
          {problem && (
            <Alert variant="destructive" aria-label="Two-step sign-in not changed">
              {problem}
            </Alert>
          )}
        </ReadyFieldset>
      </CardContent>
    </Card>
  );
}
