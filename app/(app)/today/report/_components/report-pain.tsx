"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { lazy, Suspense, useEffect, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { whenIdle } from "@/components/ui/when-idle";
import type { AthleteNextSteps } from "@/server/domain/escalation";
import type { PainReportFormOutput } from "@/server/schemas/pain";
import { PainReportForm } from "./pain-report-form";
import type { Correcting, MyReport } from "./recent-reports";
import { belowTheFold } from "@/components/ui/below-the-fold";

// Shown only once a report is sent: it loads while the athlete fills in the form.
const loadNextSteps = () => import("./next-steps");
const NextSteps = lazy(() => loadNextSteps().then((m) => ({ default: m.NextSteps })));
// Under the form.
const RecentReports = belowTheFold(() => import("./recent-reports").then((m) => m.RecentReports));

type Done = { steps: AthleteNextSteps | null; sentAt: Date; corrected: boolean };

/** A unique key per report so a resend (double tap, flaky network) is stored once. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function ReportPain() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: context } = useSuspenseQuery(trpc.pain.formContext.queryOptions());
  const [key, setKey] = useState(newKey);
  const [editing, setEditing] = useState<Correcting | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  useEffect(() => whenIdle(() => void loadNextSteps().catch(() => undefined)), []);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.pain.pathFilter()),
      queryClient.invalidateQueries(trpc.care.pathFilter()),
    ]);
  const submit = useMutation(trpc.pain.submit.mutationOptions({ onSuccess: refresh }));
  const correct = useMutation(trpc.pain.correct.mutationOptions({ onSuccess: refresh }));

  const send = async (values: PainReportFormOutput) => {
    const sentAt = new Date();
    if (editing) {
      const result = await correct.mutateAsync({ ...values, id: editing.report.id });
      setEditing(null);
      setDone({ steps: result.nextSteps, sentAt, corrected: true });
    } else {
      const result = await submit.mutateAsync({ ...values, idempotencyKey: key });
      setKey(newKey());
      setDone({ steps: result.nextSteps, sentAt, corrected: false });
    }
    window.scrollTo({ top: 0 });
  };

  const startCorrecting = (correcting: Correcting) => {
    setDone(null);
    setEditing(correcting);
    window.scrollTo({ top: 0 });
  };

  return (
    <div className="space-y-8">
      {done ? (
        <Card>
          <CardContent className="space-y-4">
            <Suspense fallback={<p className="text-xl font-semibold tracking-tight">{done.corrected ? "Your correction is saved" : "Your report is in"}</p>}>
              <NextSteps steps={done.steps} sentAt={done.sentAt} corrected={done.corrected} />
            </Suspense>
            <div className="flex flex-col gap-2 sm:flex-row">
              <Button asChild>
                <Link href="/today">Back to today</Link>
              </Button>
              <Button variant="outline" onClick={() => setDone(null)}>
                Send another report
              </Button>
            </div>
          </CardContent>
        </Card>
      ) : (
        <Card>
          <CardContent>
            {editing && (
              <p className="mb-4 text-sm font-medium" role="status">
                Correcting your report of {editing.day}, sent at {editing.time}.
              </p>
            )}
            <PainReportForm
              key={editing?.report.id ?? key}
              initial={editing ? toFormValues(editing.report) : undefined}
              offerOstrc={context.offerOstrc}
              submitLabel={editing ? "Save correction" : "Send report"}
              onSubmit={send}
              onCancel={editing ? () => setEditing(null) : undefined}
            />
          </CardContent>
        </Card>
      )}
      <Suspense fallback={null}>
        <RecentReports onCorrect={startCorrecting} editingId={editing?.report.id ?? null} />
      </Suspense>
    </div>
  );
}

function toFormValues(r: MyReport) {
  return {
    painNow: r.painNow,
    painWorstRun: r.painWorstRun,
    areas: r.areas,
    timings: r.timings,
    qualities: r.qualities,
    redFlags: r.redFlags,
    ostrc: r.ostrc as PainReportFormOutput["ostrc"],
    note: r.note ?? "",
  };
}
