"use client";

import { type Control, Controller, type FieldErrors, type FieldValues, type Path, type UseFormRegister, useWatch } from "react-hook-form";
import { EnumSelect } from "@/components/forms/enum-select";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { DOSE_LIMITS } from "@/server/domain/dose";
import { DOSE_KIND_LABEL } from "@/server/domain/exercise-labels";
import { DOSE_KINDS } from "@/server/domain/exercise-vocab";

type DoseErrors = Partial<Record<"kind" | "sets" | "reps" | "holdSeconds" | "minutes", { message?: string }>>;

/** The dose inputs of one exercise or program item; which numbers show depends on the kind. */
export function DoseFields<T extends FieldValues>({
  control,
  register,
  name,
  errors,
  label = "",
}: {
  control: Control<T>;
  register: UseFormRegister<T>;
  name: string;
  errors?: FieldErrors | DoseErrors;
  label?: string;
}) {
  const kind = useWatch({ control, name: `${name}.kind` as Path<T> }) as string;
  const e = (errors ?? {}) as DoseErrors;
  const num = (field: keyof typeof DOSE_LIMITS) =>
    register(`${name}.${field}` as Path<T>, { setValueAs: (v: string) => (v === "" || v == null ? null : Number(v)) });
  const limits = (field: keyof typeof DOSE_LIMITS) => ({ min: DOSE_LIMITS[field].min, max: DOSE_LIMITS[field].max });
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      <EnumSelect control={control} name={`${name}.kind` as Path<T>} label={`${label}Dose`} options={DOSE_KINDS} labels={DOSE_KIND_LABEL} error={e.kind?.message} className="col-span-2 sm:col-span-1" />
      {kind !== "minutes" && (
        <Field label={`${label}Sets`} error={e.sets?.message}>
          <Input type="number" inputMode="numeric" {...limits("sets")} {...num("sets")} />
        </Field>
      )}
      {kind === "reps" && (
        <Field label={`${label}Reps`} error={e.reps?.message}>
          <Input type="number" inputMode="numeric" {...limits("reps")} {...num("reps")} />
        </Field>
      )}
      {kind === "hold" && (
        <Field label={`${label}Hold (s)`} error={e.holdSeconds?.message}>
          <Input type="number" inputMode="numeric" {...limits("holdSeconds")} {...num("holdSeconds")} />
        </Field>
      )}
      {kind === "minutes" && (
        <Field label={`${label}Minutes`} error={e.minutes?.message}>
          <Input type="number" inputMode="numeric" {...limits("minutes")} {...num("minutes")} />
        </Field>
      )}
      <Controller
        control={control}
        name={`${name}.perSide` as Path<T>}
        render={({ field }) => (
          <Field label="Per side" orientation="horizontal" className="self-end pb-2">
            <Checkbox checked={field.value as boolean} onCheckedChange={(v) => field.onChange(v === true)} />
          </Field>
        )}
      />
    </div>
  );
}
