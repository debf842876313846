import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { EraseAthletes } from "./_components/erase-athletes";

export const metadata: Metadata = { title: "Privacy" };

export default async function PrivacyPage() {
  if (!(await viewerHasRole(["admin"]))) return null;
  prefetch(trpc.privacy.athletes.queryOptions());
  return (
    <HydrateClient>
      <PageHeader
        title="Privacy"
        description="Erase an athlete who asks for it: their account, reports, check-offs, programs and clinic cases are deleted, and the audit trail keeps only a pseudonym."
      />
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <EraseAthletes />
      </Suspense>
    </HydrateClient>
  );
}
