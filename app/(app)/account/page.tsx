import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { getViewer } from "@/server/auth/session";
import { offersTwoStep } from "@/server/domain/two-step-rules";
import { timeZoneNames } from "@/server/domain/time-zones";
import { AccountSections } from "./_components/account-sections";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer || viewer.twoStepDue) return null;
  const twoStep = offersTwoStep(viewer.role);
  prefetch(trpc.account.get.queryOptions());
  if (twoStep) prefetch(trpc.twoStep.status.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title="Account" description={twoStep ? "Your name, password, two-step sign-in and time zone." : "Your name, password and time zone."} />
      <Suspense fallback={<Skeleton className="h-[36rem] w-full" />}>
        <AccountSections timeZones={timeZoneNames()} />
      </Suspense>
    </HydrateClient>
  );
}
