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
  if (!(await viewerHasRole(["coach", "admin"]))) return null;
  const { id } = await params;
  if (!isUuid(id)) notFound();
  prefetch(trpc.athlete.summary.queryOptions({ athleteId: id }));
  prefetch(trpc.progress.athlete.queryOptions({ athleteId: id, range: DEFAULT_RANGE }));
  return (
    <HydrateClient>
      {/*
        Overview and Progress arrive together: the overview's height depends on the athlete (programs,
        four weeks of reports), so Progress drawn below a placeholder would jump when it came.
      */}
      <Suspense fallback={<Skeleton className="h-[57.5rem] w-full sm:h-[38.5rem]" label="Loading the athlete" />}>
        <div className="space-y-8">
          {/* The printed report is the progress section with its own heading. */}
          <div data-print-hide>
            <AthleteOverview athleteId={id} />
          </div>
          <AthleteProgress athleteId={id} title="Progress" />
        </div>
      </Suspense>
    </HydrateClient>
  );
}
