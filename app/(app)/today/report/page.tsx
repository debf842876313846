import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { ReportPain } from "./_components/report-pain";

export const metadata: Metadata = { title: "Report pain" };

export default async function ReportPainPage() {
  if (!(await viewerHasRole(["athlete"]))) return null;
  prefetch(trpc.pain.formContext.queryOptions());
  prefetch(trpc.pain.mine.queryOptions({ limit: 10 }));
  return (
    <HydrateClient>
      <div className="mx-auto max-w-2xl space-y-4">
        <Link href="/today" className="inline-flex min-h-11 items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ArrowLeft aria-hidden className="size-4" />
          Today
        </Link>
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">Report pain</h1>
          <p className="text-sm text-muted-foreground">A few taps, and you see straight away what happens next.</p>
        </div>
        <Suspense fallback={<Skeleton className="h-[36rem] w-full" />}>
          <ReportPain />
        </Suspense>
      </div>
    </HydrateClient>
  );
}
