import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { ProgramBuilder } from "../_components/program-builder";

export const metadata: Metadata = { title: "New program" };

export default async function NewProgramPage() {
  if (!(await viewerHasRole(["coach"]))) return null;
  prefetch(trpc.exercise.list.queryOptions({}));
  return (
    <HydrateClient>
      <PageHeader title="New program" description="Pick exercises from the library, set each dose and when it is due." />
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <ProgramBuilder />
      </Suspense>
    </HydrateClient>
  );
}
