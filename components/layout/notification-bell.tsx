"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";

/** "Notifications, 3 unread": the whole count in words, since the badge is only a picture of it. */
export function bellLabel(unread: number | undefined): string {
  if (unread === undefined) return "Notifications";
  return unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
}

const loadPopover = () => import("./notification-popover");

/** The bell and its unread count; the list's popover loads after the page (see Deferred). */
export function NotificationBell() {
  const trpc = useTRPC();
  const count = useQuery({ ...trpc.notification.unreadCount.queryOptions(), refetchInterval: 60_000 });
  return <Deferred load={loadPopover} fallback={<BellButton unread={count.data} />} unread={count.data} refetchCount={count.refetch} />;
}

export function BellButton({ unread, ...props }: { unread: number | undefined } & React.ComponentProps<typeof Button>) {
  return (
    <Button variant="ghost" size="icon" className="relative" aria-label={bellLabel(unread)} {...props}>
      <Bell aria-hidden className="size-5" />
      {unread !== undefined && unread > 0 && (
        <span
          aria-hidden
          className="absolute top-1 right-1 flex h-4.5 min-w-4.5 items-center justify-center rounded-full bg-destructive px-1 text-[0.6875rem] leading-none font-semibold text-destructive-foreground ring-2 ring-background"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Button>
  );
}
