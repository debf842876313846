"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { InviteDialog } from "./invite-dialog";

/** The invite dialog with the organisation's current teams. */
export function InviteButton() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.team.list.queryOptions());
  return <InviteDialog teams={data.filter((t) => t.archivedAt === null)} />;
}
