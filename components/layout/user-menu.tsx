"use client";

import { UserRound } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";

type Props = { name: string; email: string; roleLabel: string };

const loadMenu = () => import("./user-menu-content");

/** The account button; its menu loads after the page (see Deferred). */
export function UserMenu(props: Props) {
  return <Deferred load={loadMenu} fallback={<UserMenuButton name={props.name} />} {...props} />;
}

export function UserMenuButton({ name, ...props }: { name: string } & React.ComponentProps<typeof Button>) {
  return (
    <Button variant="ghost" size="sm" aria-label={`Account menu for ${name}`} {...props}>
      <UserRound aria-hidden className="size-4" />
      <span className="hidden max-w-40 truncate md:inline">{name}</span>
    </Button>
  );
}
