"use client";

import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";

const loadDialog = () => import("./erase-dialog");

/** "Erase…": the confirmation dialog loads after the page (see Deferred). */
export function EraseButton(props: { athlete: { id: string; name: string } }) {
  return <Deferred load={loadDialog} fallback={<EraseTrigger name={props.athlete.name} />} {...props} />;
}

export function EraseTrigger({ name, ...props }: { name: string } & React.ComponentProps<typeof Button>) {
  return (
    <Button size="sm" variant="outline" aria-label={`Erase ${name}`} {...props}>
      Erase…
    </Button>
  );
}
