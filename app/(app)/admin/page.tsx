import { Upload } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { InvitationList } from "./_components/invitation-list";
import { InviteButton } from "./_components/invite-button";
import { NO_FILTER, toListInput } from "./_components/people-filter-state";
import { PeopleTable } from "./_components/people-table";

export const metadata: Metadata = { title: "People" };

export default async function AdminHome() {
  if (!(await viewerHasRole(["admin"]))) return null;
  prefetch(trpc.people.list.queryOptions(toListInput(NO_FILTER)));
  prefetch(trpc.team.list.queryOptions());
  prefetch(trpc.invitation.list.queryOptions());
  return (
    <HydrateClient>
      <PageHeader
        title="People"
        description="Everyone in your organisation: invite people, import athletes, and change roles and teams."
        actions={
          <>
            <Suspense fallback={<Skeleton className="h-10 w-40" />}>
              <InviteButton />
            </Suspense>
            <Button variant="outline" asChild>
              <Link href="/admin/import">
                <Upload aria-hidden /> Import athletes
              </Link>
            </Button>
          </>
        }
      />
      {/* A screen tall: the list nearly always is, so "Waiting links" does not jump down when it arrives. */}
      <Suspense fallback={<Skeleton className="h-dvh w-full" />}>
        <PeopleTable />
      </Suspense>
      <section aria-labelledby="links-heading" className="mt-10 space-y-3">
        <div>
          <h2 id="links-heading" className="text-lg font-semibold">
            Waiting links
          </h2>
          <p className="text-sm text-muted-foreground">Invitations and password links that have not been used yet. Each works once, for 7 days.</p>
        </div>
        <Suspense fallback={<Skeleton className="h-32 w-full" />}>
          <InvitationList />
        </Suspense>
      </section>
    </HydrateClient>
  );
}
