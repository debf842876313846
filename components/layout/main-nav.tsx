"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "./nav-items";

export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The longest matching link wins, so /coach/programs lights "Programs", not "Roster".
  const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const activeHref = items.filter((i) => matches(i.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label="Main" className="flex min-w-0 items-center gap-0.5 overflow-x-auto sm:gap-1">
      {items.map((item) => {
        const active = item.href === activeHref;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "whitespace-nowrap rounded-md px-2 py-2 text-sm font-medium sm:px-3 text-muted-foreground hover:bg-muted hover:text-foreground",
              active && "bg-muted text-foreground",
              item.phoneHidden && "hidden sm:inline-block",
            )}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
