import type { Metadata } from "next";
import { AthleteProgress } from "@/components/progress/athlete-progress";
import { PageHeader } from "@/components/ui/page-header";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { getViewer } from "@/server/auth/session";
import { DEFAULT_RANGE } from "@/server/schemas/dashboard-defaults";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const viewer = await getViewer();
  if (viewer?.role !== "athlete") return null;
  prefetch(trpc.progress.athlete.queryOptions({ athleteId: viewer.id, range: DEFAULT_RANGE }));
  return (
    <HydrateClient>
      <div className="space-y-4">
        <div data-print-hide>
          <PageHeader title="Your progress" description="Your pain reports, the weekly questionnaire and your exercises over time. Print it to take to an appointment." />
        </div>
        <AthleteProgress athleteId={viewer.id} title="Charts" />
      </div>
    </HydrateClient>
  );
}
