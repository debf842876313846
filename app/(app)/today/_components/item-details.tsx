"use client";

import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";
import type { ItemDetailsProps } from "./item-details-dialog";

const loadDialog = () => import("./item-details-dialog");

/** "Add how it went": the dialog loads after the page (see Deferred). */
export function ItemDetails(props: Omit<ItemDetailsProps, "defaultOpen">) {
  return <Deferred load={loadDialog} fallback={<ItemDetailsButton />} {...props} />;
}

export function ItemDetailsButton(props: React.ComponentProps<typeof Button>) {
  return (
    <Button variant="link" size="sm" className="h-auto p-0" {...props}>
      Add how it went
    </Button>
  );
}
