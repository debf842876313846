import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AthleteProgress } from "@/components/progress/athlete-progress";
import { Skeleton } from "@/components/ui/skeleton";
import { isUuid } from "@/server/access";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { DEFAULT_RANGE } from "@/server/schemas/dashboard-defaults";
import { AthleteOverview } from "./_components/athlete-overview";

export const metadata: Metadata = { title: "Athlete" };

export default async function CoachAthletePage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await viewerHasRole(["coach"]))) return null;
  const { id } = await params;
  if (!isUuid(id)) notFound();
  prefetch(trpc.athlete.summary.queryOptions({ athleteId: id }));
  prefetch(trpc.progress.athlete.queryOptions({ athleteId: id, range: DEFAULT_RANGE }));
  return (
    <HydrateClient>
      <div className="space-y-8">
        {/* The printed report is the progress section with its own heading. */}
        <div data-print-hide>
          {/* As tall as the overview usually is (phone, then wider), so Progress below does not jump when it arrives. */}
          <Suspense fallback={<Skeleton className="h-[57.5rem] w-full sm:h-[38.5rem]" />}>
            <AthleteOverview athleteId={id} />
          </Suspense>
        </div>
        <AthleteProgress athleteId={id} title="Progress" />
      </div>
    </HydrateClient>
  );
}
