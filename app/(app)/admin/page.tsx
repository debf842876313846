import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { PeopleTable } from "./_components/people-table";

export const metadata: Metadata = { title: "People" };

export default function AdminHome() {
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
