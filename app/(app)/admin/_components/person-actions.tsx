"use client";

import { EllipsisVertical } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";
import type { PersonRow } from "./people-table";

const loadMenu = () => import("./person-actions-menu");

/** A person's actions menu; the menu and its dialogs load after the page (see Deferred). */
export function PersonActions(props: { person: PersonRow; teams: { id: string; name: string }[] }) {
  return <Deferred load={loadMenu} fallback={<PersonActionsButton name={props.person.name} />} {...props} />;
}

export function PersonActionsButton({ name, ...props }: { name: string } & React.ComponentProps<typeof Button>) {
  return (
    <Button variant="ghost" size="icon" aria-label={`Actions for ${name}`} {...props}>
      <EllipsisVertical aria-hidden />
    </Button>
  );
}
