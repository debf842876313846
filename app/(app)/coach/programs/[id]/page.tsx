import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { isUuid } from "@/server/access";
import { ProgramDetail } from "../_components/program-detail";

export const metadata: Metadata = { title: "Program" };

export default async function ProgramPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await viewerHasRole(["coach"]))) return null;
  const { id } = await params;
  if (!isUuid(id)) notFound();
  prefetch(trpc.program.byId.queryOptions({ id }));
  prefetch(trpc.exercise.list.queryOptions({}));
  prefetch(trpc.assignment.forProgram.queryOptions({ programId: id }));
  prefetch(trpc.roster.names.queryOptions());
  prefetch(trpc.me.get.queryOptions());
  return (
    <HydrateClient>
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <ProgramDetail id={id} />
      </Suspense>
    </HydrateClient>
  );
}
