"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";

const loadDialog = () => import("./invite-dialog");

/** The invite dialog with the organisation's current teams; the dialog loads after the page (see Deferred). */
export function InviteButton() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.team.list.queryOptions());
  return <Deferred load={loadDialog} fallback={<InviteTrigger />} teams={data.filter((t) => t.archivedAt === null)} />;
}

export function InviteTrigger(props: React.ComponentProps<typeof Button>) {
  return (
    <Button {...props}>
      <UserPlus aria-hidden /> Invite someone
    </Button>
  );
}
