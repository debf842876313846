import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { timeZoneNames } from "@/server/domain/time-zones";
import { LaterCards } from "./_components/later-cards";
import { SettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  if (!(await viewerHasRole(["admin"]))) return null;
  prefetch(trpc.settings.get.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title="Settings" description="Your organisation's name and calendar, when pain reports open a case, two-step sign-in for staff, and email." />
      <Suspense fallback={<Skeleton className="h-[40rem] w-full" />}>
        <div className="space-y-6">
          <SettingsForm timeZones={timeZoneNames()} />
          <LaterCards />
        </div>
      </Suspense>
    </HydrateClient>
  );
}
