import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { CaseQueue } from "./_components/case-queue";

export const metadata: Metadata = { title: "Triage" };

export default async function TriageHome() {
  if (!(await viewerHasRole(["physio"]))) return null;
  prefetch(trpc.triage.queue.queryOptions({}));
  prefetch(trpc.triage.teams.queryOptions());
  prefetch(trpc.triage.physios.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title="Triage" description="Open cases flagged by the escalation rules, most urgent first, then longest waiting." />
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <CaseQueue />
      </Suspense>
    </HydrateClient>
  );
}
