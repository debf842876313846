import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { AuditLog } from "./_components/audit-log";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage() {
  if (!(await viewerHasRole(["admin"]))) return null;
  prefetch(trpc.audit.filters.queryOptions());
  return (
    <HydrateClient>
      <PageHeader
        title="Audit trail"
        description="Who signed in, who looked at health data, what was changed and which requests were refused. Entries cannot be edited or deleted."
      />
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <AuditLog />
      </Suspense>
    </HydrateClient>
  );
}
