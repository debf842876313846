"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { NotificationList } from "./notification-list";

/** "Notifications, 3 unread": the whole count in words, since the badge is only a picture of it. */
export function bellLabel(unread: number | undefined): string {
  if (unread === undefined) return "Notifications";
  return unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
}

export function NotificationBell() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const count = useQuery({ ...trpc.notification.unreadCount.queryOptions(), refetchInterval: 60_000 });
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: ({ unread }) => {
        queryClient.setQueryData(trpc.notification.unreadCount.queryKey(), unread);
        void queryClient.invalidateQueries(trpc.notification.list.pathFilter());
      },
    }),
  );
  const unread = count.data;

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void count.refetch();
      }}
    >
      <PopoverTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" aria-label={bellLabel(unread)}>
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
      </PopoverTrigger>
      <PopoverContent align="end" aria-label="Notifications" className="flex w-96 flex-col overflow-hidden p-0">
        <div className="flex items-center justify-between gap-2 border-b border-border px-4 py-2">
          <h2 className="text-sm font-semibold">Notifications</h2>
          <Button
            variant="ghost"
            size="sm"
            disabled={!unread || markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            Mark all read
          </Button>
        </div>
        <NotificationList
          onOpenItem={(item) => {
            if (!item.read) markRead.mutate({ ids: [item.id] });
            setOpen(false);
          }}
        />
      </PopoverContent>
    </Popover>
  );
}
