"use client";

import { type Control, Controller, type UseFormRegister, useWatch } from "react-hook-form";
import { EnumSelect } from "@/components/forms/enum-select";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SCHEDULE_LABEL } from "@/server/domain/exercise-labels";
import { SCHEDULE_KINDS, WEEKDAYS } from "@/server/domain/exercise-vocab";
import type { ProgramFormValues } from "./program-form";

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

type Errors = { kind?: { message?: string }; timesPerWeek?: { message?: string }; weekdays?: { message?: string } } | undefined;

export function ScheduleFields({ control, register, index, errors }: { control: Control<ProgramFormValues>; register: UseFormRegister<ProgramFormValues>; index: number; errors: Errors }) {
  const kind = useWatch({ control, name: `items.${index}.schedule.kind` });
  return (
    <div className="grid gap-3 sm:grid-cols-[14rem_1fr]">
      <EnumSelect control={control} name={`items.${index}.schedule.kind`} label="When" options={SCHEDULE_KINDS} labels={SCHEDULE_LABEL} error={errors?.kind?.message} />
      {kind === "times-per-week" && (
        <Field label="Times a week" error={errors?.timesPerWeek?.message} className="sm:max-w-40">
          <Input type="number" inputMode="numeric" min={1} max={7} {...register(`items.${index}.schedule.timesPerWeek`, { setValueAs: (v: string) => (v === "" || v == null ? null : Number(v)) })} />
        </Field>
      )}
      {kind === "weekdays" && (
        <fieldset>
          <legend className="mb-1 text-sm font-medium">Weekdays</legend>
          <Controller
            control={control}
            name={`items.${index}.schedule.weekdays`}
            render={({ field }) => {
              const value = (field.value ?? []) as number[];
              return (
                <div className="flex flex-wrap gap-2">
                  {WEEKDAYS.map((d) => (
                    <Field key={d} label={DAY_NAMES[d - 1]} orientation="horizontal">
                      <Checkbox checked={value.includes(d)} onCheckedChange={(on) => field.onChange(on ? [...value, d].sort() : value.filter((x) => x !== d))} />
                    </Field>
                  ))}
                </div>
              );
            }}
          />
          {errors?.weekdays?.message && <p className="mt-1 text-sm text-destructive">{errors.weekdays.message}</p>}
        </fieldset>
      )}
    </div>
  );
}
