import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { isUuid } from "@/server/access";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { AthleteOverview } from "./_components/athlete-overview";

export const metadata: Metadata = { title: "Athlete" };

export default async function CoachAthletePage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await viewerHasRole(["coach"]))) return null;
  const { id } = await params;
  if (!isUuid(id)) notFound();
  prefetch(trpc.athlete.summary.queryOptions({ athleteId: id }));
  return (
    <HydrateClient>
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <AthleteOverview athleteId={id} />
      </Suspense>
    </HydrateClient>
  );
}
