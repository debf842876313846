import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AthleteProgress } from "@/components/progress/athlete-progress";
import { PageHeader } from "@/components/ui/page-header";
import { findVisibleAthlete } from "@/server/access";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { getViewer, viewerHasRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { DEFAULT_RANGE } from "@/server/schemas/dashboard-defaults";

export const metadata: Metadata = { title: "Athlete progress" };

/** The clinic's view of one athlete over time; the case page links here. */
export default async function ClinicAthletePage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await viewerHasRole(["physio"]))) return null;
  const { id } = await params;
  const viewer = await getViewer();
  const athlete = viewer && (await findVisibleAthlete(await db(), viewer, id));
  if (!athlete) notFound();
  prefetch(trpc.progress.athlete.queryOptions({ athleteId: athlete.id, range: DEFAULT_RANGE }));
  return (
    <HydrateClient>
      <div className="space-y-4">
        <div data-print-hide>
          <PageHeader title={athlete.name} description="Pain, questionnaire and exercises over time, with the clinic's events.">
            <Link href="/triage" className="text-sm text-primary underline-offset-4 hover:underline">
              Back to triage
            </Link>
          </PageHeader>
        </div>
        <AthleteProgress athleteId={athlete.id} title="Progress" />
      </div>
    </HydrateClient>
  );
}
