import { TRPCError } from "@trpc/server";
import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { isUuid } from "@/server/access";
import { getQueryClient, HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { caseRecord } from "./_components/case-record";
import { CaseView, type CaseDetail } from "./_components/case-view";

export const metadata: Metadata = { title: "Case" };

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await viewerHasRole(["physio"]))) return null;
  const { id } = await params;
  if (!isUuid(id)) notFound();
  let detail: CaseDetail;
  try {
    // Awaited here so that someone else's case, or none, answers with a plain 404 page.
    detail = await getQueryClient().fetchQuery(trpc.case.byId.queryOptions({ id }));
  } catch (err) {
    if (err instanceof TRPCError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
  prefetch(trpc.triage.physios.queryOptions());
  return (
    <HydrateClient>
      <Link href="/triage" className="mb-2 inline-flex min-h-11 items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden className="size-4" />
        All open cases
      </Link>
      <Suspense fallback={<Skeleton className="h-[40rem] w-full" />}>
        <CaseView id={id} record={caseRecord(detail)} />
      </Suspense>
    </HydrateClient>
  );
}
