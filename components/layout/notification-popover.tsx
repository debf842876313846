"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { BellButton } from "./notification-bell";
import { NotificationList } from "./notification-list";

export default function NotificationPopover({ unread, refetchCount, defaultOpen = false }: { unread: number | undefined; refetchCount: () => unknown; defaultOpen?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(defaultOpen);
  useEffect(() => {
    // Opened by the click that loaded it: fresh count, as when it opens later.
    if (defaultOpen) void refetchCount();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: ({ unread }) => {
        queryClient.setQueryData(trpc.notification.unreadCount.queryKey(), unread);
        void queryClient.invalidateQueries(trpc.notification.list.pathFilter());
      },
    }),
  );

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void refetchCount();
      }}
    >
      <PopoverTrigger asChild>
        <BellButton unread={unread} />
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
