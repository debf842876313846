import type { Metadata } from "next";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { DEFAULT_RANGE } from "@/server/schemas/dashboard-defaults";
import { ClinicOverview } from "./_components/clinic-overview";

export const metadata: Metadata = { title: "Clinic overview" };

export default async function ClinicPage() {
  if (!(await viewerHasRole(["physio", "admin"]))) return null;
  prefetch(trpc.dashboard.clinic.queryOptions({ range: DEFAULT_RANGE }));
  return (
    <HydrateClient>
      <ClinicOverview />
    </HydrateClient>
  );
}
