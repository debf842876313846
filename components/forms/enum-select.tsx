"use client";

import type { Control, FieldValues, Path } from "react-hook-form";
import { Controller } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { ChoiceSelect } from "@/components/ui/choice-select";

/**
 * A labelled select over a fixed list of values (a role, a category, a dose kind), bound to a
 * react-hook-form field: the label, the error and the accessibility wiring come from Field.
 */
export function EnumSelect<T extends FieldValues, V extends string>({
  control,
  name,
  options,
  labels,
  label,
  error,
  placeholder,
  className,
}: {
  control: Control<T>;
  name: Path<T>;
  options: readonly V[];
  labels: Record<V, string>;
  label: React.ReactNode;
  error?: React.ReactNode;
  /** Shown while nothing is chosen. */
  placeholder?: string;
  className?: string;
}) {
  return (
    <Field label={label} error={error} className={className}>
      {(p) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <ChoiceSelect
              {...p}
              value={(field.value as string | null | undefined) ?? ""}
              onValueChange={field.onChange}
              placeholder={placeholder}
              choices={options.map((value) => ({ value, label: labels[value] }))}
            />
          )}
        />
      )}
    </Field>
  );
}
