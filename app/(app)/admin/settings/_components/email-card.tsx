"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { Mail } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ReadyFieldset } from "@/components/ui/ready-fieldset";

export function EmailCard() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.settings.get.queryOptions());
  const [result, setResult] = useState<{ queued: boolean; to: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const send = useMutation(
    trpc.settings.sendTestEmail.mutationOptions({
      onMutate: () => setProblem(null),
      onSuccess: setResult,
      onError: (err) => setProblem(err.message),
    }),
  );
  const on = data.email.configured;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          <h2>Email</h2>
          {on ? <Badge variant="success">Configured</Badge> : <Badge variant="muted">Off</Badge>}
        </CardTitle>
        <CardDescription>
          {on
            ? `Invitations, password links and alerts are sent from ${data.email.from}.`
            : "No mail server is set up (SMTP_HOST), so nothing is emailed. Invitation and password links are shown here for you to pass on."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ReadyFieldset className="space-y-3">
          <Button type="button" variant="outline" disabled={send.isPending} onClick={() => send.mutate()}>
            <Mail aria-hidden /> {send.isPending ? "Sending…" : "Send a test email"}
          </Button>
          {result && (
            <Alert variant={result.queued ? "success" : "info"} aria-label="Test email">
              {result.queued
                ? `A test email to ${result.to} is on its way. If it does not arrive within a few minutes, check the mail server settings.`
                : "Email is off, so no test email was sent. Set SMTP_HOST (and the other SMTP settings) on the server to turn it on."}
            </Alert>
          )}
          {problem && (
            <Alert variant="destructive" aria-label="Test email problem">
              {problem}
            </Alert>
          )}
        </ReadyFieldset>
      </CardContent>
    </Card>
  );
}
