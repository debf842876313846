import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { Roster } from "./_components/roster";

export const metadata: Metadata = { title: "Roster" };

export default async function CoachHome() {
  if (!(await viewerHasRole(["coach"]))) return null;
  prefetch(trpc.roster.list.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title="Roster" description="Your athletes, their latest pain report and any open clinic case." />
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <Roster />
      </Suspense>
    </HydrateClient>
  );
}
