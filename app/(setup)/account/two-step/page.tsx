import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { requireViewer } from "@/server/auth/session";
import { ROLE_HOME } from "@/server/auth/viewer";
import { offersTwoStep } from "@/server/domain/two-step-rules";
import { SetupFlow } from "./_components/setup-flow";

export const metadata: Metadata = { title: "Two-step sign-in" };

/** Where every page sends a staff member whose organisation requires two-step sign-in, until it is on. */
export default async function TwoStepPage() {
  const viewer = await requireViewer();
  if (!offersTwoStep(viewer.role)) redirect(ROLE_HOME[viewer.role]);
  prefetch(trpc.twoStep.status.queryOptions());
  return (
    <HydrateClient>
      <PageHeader
        title="Set up two-step sign-in"
        description={
          viewer.twoStepDue
            ? `Your organisation asks coaches, physiotherapists and admins to sign in with a code from their phone as well as their password. Once it is set up, you continue to Upright.`
            : "Sign in with a code from your phone as well as your password."
        }
      />
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <SetupFlow home={ROLE_HOME[viewer.role]} />
      </Suspense>
      {!viewer.twoStepDue && (
        <p className="mt-6 text-sm">
          <Link href="/account" className="text-primary underline-offset-4 hover:underline">
            Back to your account
          </Link>
        </p>
      )}
    </HydrateClient>
  );
}
