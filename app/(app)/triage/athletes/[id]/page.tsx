import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AthleteProgress } from "@/components/progress/athlete-progress";
import { isUuid } from "@/server/access";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { DEFAULT_RANGE } from "@/server/schemas/dashboard";
import { AthleteHeading } from "./_components/athlete-heading";

export const metadata: Metadata = { title: "Athlete progress" };

/** The clinic's view of one athlete over time; the case page links here. */
export default async function ClinicAthletePage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await viewerHasRole(["physio"]))) return null;
  const { id } = await params;
  if (!isUuid(id)) notFound();
  prefetch(trpc.progress.athlete.queryOptions({ athleteId: id, range: DEFAULT_RANGE }));
  return (
    <HydrateClient>
      <div className="space-y-4">
        <AthleteHeading athleteId={id} />
        <AthleteProgress athleteId={id} title="Progress" />
      </div>
    </HydrateClient>
  );
}
