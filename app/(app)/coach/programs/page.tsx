import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { ProgramList } from "./_components/program-list";

export const metadata: Metadata = { title: "Programs" };

export default async function ProgramsPage() {
  if (!(await viewerHasRole(["coach"]))) return null;
  prefetch(trpc.program.list.queryOptions({}));
  return (
    <HydrateClient>
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <ProgramList />
      </Suspense>
    </HydrateClient>
  );
}
