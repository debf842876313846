"use client";

import { Pencil, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";
import type { RouterOutputs } from "@/server/api/types";

type Exercise = RouterOutputs["exercise"]["list"][number];

const loadDialog = () => import("./exercise-form-dialog");

/** "New exercise", or "Edit" for `exercise`: the form's dialog loads after the page (see Deferred). */
export function ExerciseFormButton({ exercise }: { exercise?: Exercise }) {
  return <Deferred load={loadDialog} fallback={<ExerciseFormTrigger editing={exercise !== undefined} />} exercise={exercise} />;
}

export function ExerciseFormTrigger({ editing, ...props }: { editing: boolean } & React.ComponentProps<typeof Button>) {
  return editing ? (
    <Button variant="ghost" size="sm" {...props}>
      <Pencil aria-hidden className="size-4" /> Edit
    </Button>
  ) : (
    <Button {...props}>
      <Plus aria-hidden className="size-4" /> New exercise
    </Button>
  );
}
