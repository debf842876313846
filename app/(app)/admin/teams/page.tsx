import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { TeamCreateForm } from "./_components/team-create-form";
import { TeamList } from "./_components/team-list";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  if (!(await viewerHasRole(["admin"]))) return null;
  prefetch(trpc.team.list.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title="Teams" description="Athletes belong to teams; coaches see the athletes of the teams they coach. Assign people from the People page." />
      <div className="space-y-8">
        <TeamCreateForm />
        <Suspense fallback={<Skeleton className="h-64 w-full" />}>
          <TeamList />
        </Suspense>
      </div>
    </HydrateClient>
  );
}
