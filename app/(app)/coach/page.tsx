import type { Metadata } from "next";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { getViewer, viewerHasRole } from "@/server/auth/session";
import { DEFAULT_RANGE, DEFAULT_ROSTER_INPUT } from "@/server/schemas/dashboard-defaults";
import { CoachDashboard } from "./_components/coach-dashboard";

export const metadata: Metadata = { title: "Roster" };

export default async function CoachHome() {
  if (!(await viewerHasRole(["coach", "admin"]))) return null;
  const viewer = (await getViewer())!;
  prefetch(trpc.roster.page.queryOptions(DEFAULT_ROSTER_INPUT));
  prefetch(trpc.dashboard.team.queryOptions({ teamId: null, range: DEFAULT_RANGE }));
  return (
    <HydrateClient>
      <CoachDashboard wholeOrganisation={viewer.role === "admin"} />
    </HydrateClient>
  );
}
