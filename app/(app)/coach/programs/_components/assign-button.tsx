"use client";

import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";

const loadDialog = () => import("./assign-dialog");

/** "Assign": the dialog loads after the page (see Deferred). */
export function AssignButton(props: { programId: string; programName: string; version: number }) {
  return <Deferred load={loadDialog} fallback={<AssignTrigger />} {...props} />;
}

export function AssignTrigger(props: React.ComponentProps<typeof Button>) {
  return (
    <Button {...props}>
      <UserPlus aria-hidden className="size-4" /> Assign
    </Button>
  );
}
