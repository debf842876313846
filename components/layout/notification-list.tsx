"use client";

import { useQuery } from "@tanstack/react-query";
import { relativeLabel } from "@/components/domain/date-format";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import type { RouterOutputs } from "@/server/api/types";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";

type Item = RouterOutputs["notification"]["list"][number];

/** The most recent notifications; loaded when the bell opens, so it never slows a page down. */
export function NotificationList({ onOpenItem }: { onOpenItem: (item: Item) => void }) {
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.notification.list.queryOptions({ limit: 20 }), staleTime: 5_000 });

  if (list.isPending) {
    return (
      <div className="space-y-3 p-4" role="status" aria-label="Loading notifications">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} decorative className="h-12 w-full" />
        ))}
      </div>
    );
  }
  if (list.isError) {
    return (
      <div className="space-y-2 p-4 text-sm">
        <p>Your notifications could not be loaded.</p>
        <Button variant="outline" size="sm" onClick={() => void list.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (list.data.length === 0) {
    return <p className="p-4 text-sm text-muted-foreground">Nothing here yet. News about cases and athletes will show up here.</p>;
  }
  return (
    <ul aria-label="Recent notifications" className="min-h-0 flex-1 divide-y divide-border overflow-y-auto overscroll-contain">
      {list.data.map((item) => (
        <li key={item.id}>
          {item.link ? (
            <Link href={item.link} onClick={() => onOpenItem(item)} className={rowClass(item)}>
              <ItemText item={item} />
            </Link>
          ) : (
            <div className={rowClass(item)}>
              <ItemText item={item} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

const rowClass = (item: Item) =>
  cn(
    "flex gap-3 px-4 py-3 text-sm outline-none",
    item.link && "hover:bg-accent focus-visible:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset",
    !item.read && "bg-info-subtle/40",
  );

function ItemText({ item }: { item: Item }) {
  return (
    <>
      <span aria-hidden className={cn("mt-1.5 size-2 shrink-0 rounded-full", item.read ? "bg-transparent" : "bg-primary")} />
      <span className="min-w-0 flex-1 space-y-0.5">
        <span className={cn("block", item.read ? "text-foreground" : "font-semibold")}>
          {!item.read && <span className="sr-only">Unread: </span>}
          {item.title}
        </span>
        {item.body && <span className="line-clamp-2 text-muted-foreground">{item.body}</span>}
        <time dateTime={item.createdAt.toISOString()} className="block text-xs text-muted-foreground">
          {relativeLabel(item.createdAt)}
        </time>
      </span>
    </>
  );
}
