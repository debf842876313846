"use client";

import { ArrowDown, ArrowUp, GripVertical, Trash2 } from "lucide-react";
import { type Control, Controller, type FieldErrors, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { DoseFields } from "@/components/domain/dose-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ChoiceSelect } from "@/components/ui/choice-select";
import type { RouterOutputs } from "@/server/api/types";
import { CATEGORY_LABEL } from "@/server/domain/exercise-labels";
import { EXERCISE_CATEGORIES } from "@/server/domain/exercise-vocab";
import type { ProgramFormValues } from "./program-form";
import type { RowDrag } from "./row-drag";
import { ScheduleFields } from "./schedule-fields";

type Exercise = RouterOutputs["exercise"]["list"][number];

type Props = {
  drag: RowDrag;
  index: number;
  count: number;
  control: Control<ProgramFormValues>;
  register: UseFormRegister<ProgramFormValues>;
  setValue: UseFormSetValue<ProgramFormValues>;
  errors: FieldErrors<ProgramFormValues>;
  exercises: Exercise[];
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
};

export function ProgramItemRow({ drag, index, count, control, register, setValue, errors, exercises, onMove, onRemove }: Props) {
  const itemErrors = errors.items?.[index];
  const n = index + 1;
  return (
    <li
      ref={drag.row.ref}
      style={drag.row.style}
      className={`rounded-lg border border-border bg-card p-3 ${drag.isDragging ? "relative z-10 shadow-lg" : ""}`}
      aria-label={`Exercise ${n}`}
    >
      <div className="mb-3 flex items-center gap-2">
        <button
          type="button"
          {...drag.handle}
          aria-label={`Drag exercise ${n} to reorder (space to pick up, arrows to move)`}
          className="flex size-9 cursor-grab items-center justify-center rounded-md text-muted-foreground hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
        >
          <GripVertical aria-hidden className="size-4" />
        </button>
        <span className="text-sm font-medium">Exercise {n}</span>
        <div className="ml-auto flex gap-1">
          <Button type="button" variant="ghost" size="icon" aria-label={`Move exercise ${n} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
            <ArrowUp aria-hidden className="size-4" />
          </Button>
          <Button type="button" variant="ghost" size="icon" aria-label={`Move exercise ${n} down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
            <ArrowDown aria-hidden className="size-4" />
          </Button>
          <Button type="button" variant="ghost" size="icon" aria-label={`Remove exercise ${n}`} onClick={onRemove}>
            <Trash2 aria-hidden className="size-4" />
          </Button>
        </div>
      </div>
      <div className="space-y-3">
        <Field label="Exercise" error={itemErrors?.exerciseId?.message}>
          {(p) => (
            <Controller
              control={control}
              name={`items.${index}.exerciseId`}
              render={({ field }) => (
                <ChoiceSelect
                  {...p}
                  value={field.value || undefined}
                  onValueChange={(value) => {
                    field.onChange(value);
                    const chosen = exercises.find((e) => e.id === value);
                    // The library's default dose is the starting point; the coach can change it here.
                    if (chosen) setValue(`items.${index}.dose`, chosen.dose);
                  }}
                  placeholder="Choose an exercise"
                  choices={EXERCISE_CATEGORIES.map((c) => ({
                    label: CATEGORY_LABEL[c],
                    choices: exercises.filter((e) => e.category === c).map((e) => ({ value: e.id, label: e.name })),
                  })).filter((g) => g.choices.length > 0)}
                />
              )}
            />
          )}
        </Field>
        <DoseFields control={control} register={register} name={`items.${index}.dose`} errors={itemErrors?.dose as never} />
        <ScheduleFields control={control} register={register} index={index} errors={itemErrors?.schedule as never} />
      </div>
    </li>
  );
}
