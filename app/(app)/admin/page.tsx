import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { PeopleTable } from "./_components/people-table";

export const metadata: Metadata = { title: "People" };

export default async function AdminHome() {
  if (!(await viewerHasRole(["admin"]))) return null;
  prefetch(trpc.people.list.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title="People" description="Everyone in your organisation, with their role and teams." />
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <PeopleTable />
      </Suspense>
    </HydrateClient>
  );
}
