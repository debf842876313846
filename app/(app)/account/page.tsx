import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { timeZoneNames } from "@/server/domain/time-zones";
import { AccountSections } from "./_components/account-sections";

export const metadata: Metadata = { title: "Account" };

export default function AccountPage() {
  prefetch(trpc.account.get.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title="Account" description="Your name, password and time zone." />
      <Suspense fallback={<Skeleton className="h-[36rem] w-full" />}>
        <AccountSections timeZones={timeZoneNames()} />
      </Suspense>
    </HydrateClient>
  );
}
