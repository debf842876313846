"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { DEFAULT_RANGE } from "@/server/schemas/dashboard";

/** The athlete's name from the progress query the page already loads (no second request). */
export function AthleteHeading({ athleteId }: { athleteId: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.progress.athlete.queryOptions({ athleteId, range: DEFAULT_RANGE }));
  if (!data) return <Skeleton className="h-10 w-64" label="Loading athlete" />;
  return (
    <div data-print-hide>
      <PageHeader title={data.athlete.name} description="Pain, questionnaire and exercises over time, with the clinic's events.">
        <Link href="/triage" className="text-sm text-primary underline-offset-4 hover:underline">
          Back to triage
        </Link>
      </PageHeader>
    </div>
  );
}
