import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { CareStatus } from "./_components/care-status";
import { TodayList } from "./_components/today-list";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  if (!(await viewerHasRole(["athlete"]))) return null;
  prefetch(trpc.today.get.queryOptions({}));
  prefetch(trpc.care.mine.queryOptions());
  return (
    <HydrateClient>
      <div className="mx-auto max-w-2xl space-y-4">
        <Suspense fallback={null}>
          <CareStatus />
        </Suspense>
        <Suspense fallback={<Skeleton className="h-96 w-full" />}>
          <TodayList />
        </Suspense>
      </div>
    </HydrateClient>
  );
}
