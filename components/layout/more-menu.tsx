"use client";

import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { MoreButton } from "./main-nav";
import type { NavItem } from "./nav-items";

/** The sections that do not fit in the bar. */
export default function MoreMenu({ items, activeHref, hiddenOnPhones, defaultOpen }: { items: NavItem[]; activeHref: string | undefined; hiddenOnPhones: boolean; defaultOpen?: boolean }) {
  const active = items.find((i) => i.href === activeHref);
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <MoreButton label={active?.label} hiddenOnPhones={hiddenOnPhones} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        {items.map((item) => (
          <DropdownMenuItem key={item.href} asChild className={cn(item.phoneHidden && "hidden sm:flex")}>
            <Link href={item.href} aria-current={item.href === activeHref ? "page" : undefined} className={cn(item.href === activeHref && "font-semibold")}>
              {item.label}
            </Link>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
