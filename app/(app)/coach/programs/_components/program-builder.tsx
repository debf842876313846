"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { Fragment } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { type ProgramFormOutput, type ProgramFormValues, toProgramInput } from "./program-form";
import { ProgramItemRow } from "./program-item-row";
import { type RowDrag, STILL, useSortableRows } from "./row-drag";

const resolver = lazyZodResolver(() => import("./program-form-schema").then((m) => m.programFormSchema));

const NEW_ITEM: ProgramFormValues["items"][number] = {
  exerciseId: "",
  dose: { kind: "reps", sets: 2, reps: 10, holdSeconds: null, minutes: null, perSide: false },
  schedule: { kind: "daily", timesPerWeek: null, weekdays: null },
};

export function ProgramBuilder({ programId, initial }: { programId?: string; initial?: ProgramFormValues }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: exercises } = useSuspenseQuery(trpc.exercise.list.queryOptions({}));
  const form = useForm<ProgramFormValues, unknown, ProgramFormOutput>({
    resolver,
    defaultValues: initial ?? { name: "", goal: "", formCuesText: "", lifestyleText: "", items: [NEW_ITEM] },
  });
  const items = useFieldArray({ control: form.control, name: "items" });
  const { sortable, beforeAdd } = useSortableRows(items.fields.length);
  const errors = form.formState.errors;

  const onDone = {
    onError: (err: { message: string }) => form.setError("root", { message: err.message }),
    onSettled: () => queryClient.invalidateQueries(trpc.program.pathFilter()),
  };
  const create = useMutation(
    trpc.program.create.mutationOptions({
      ...onDone,
      onSuccess: ({ id }) => {
        toast.success("Program created.");
        router.push(`/coach/programs/${id}`);
      },
    }),
  );
  const update = useMutation(
    trpc.program.update.mutationOptions({
      ...onDone,
      onSuccess: ({ version }) => {
        toast.success(`Saved as version ${version}. Athletes stay on their version until you move them.`);
        form.reset(form.getValues());
      },
    }),
  );

  const row = (drag: RowDrag, index: number) => (
    <ProgramItemRow
      drag={drag}
      index={index}
      count={items.fields.length}
      control={form.control}
      register={form.register}
      setValue={form.setValue}
      errors={errors}
      exercises={exercises}
      onMove={(from, to) => items.move(from, to)}
      onRemove={() => items.remove(index)}
    />
  );

  const submit = form.handleSubmit((values) => {
    const input = toProgramInput(values);
    if (programId) update.mutate({ ...input, id: programId });
    else create.mutate(input);
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Card>
        <CardContent className="space-y-4 p-4">
          <Field label="Program name" error={errors.name?.message}>
            <Input maxLength={100} {...form.register("name")} />
          </Field>
          <Field label="Goal" description="What the program is for, in a sentence or two." error={errors.goal?.message}>
            <Textarea rows={2} maxLength={500} {...form.register("goal")} />
          </Field>
        </CardContent>
      </Card>
      <Card>
        <CardHeader className="pb-3">
          <CardTitle>
            <h2 className="text-base font-semibold">Exercises</h2>
          </CardTitle>
        </CardHeader>
        <CardContent className="space-y-3">
          {sortable ? (
            <sortable.SortableItems ids={items.fields.map((f) => f.id)} onMove={items.move}>
              <ol className="space-y-3" aria-label="Exercises in this program">
                {items.fields.map((f, index) => (
                  <sortable.SortableRow key={f.id} id={f.id}>
                    {(drag) => row(drag, index)}
                  </sortable.SortableRow>
                ))}
              </ol>
            </sortable.SortableItems>
          ) : (
            <ol className="space-y-3" aria-label="Exercises in this program">
              {items.fields.map((f, index) => (
                <Fragment key={f.id}>{row(STILL, index)}</Fragment>
              ))}
            </ol>
          )}
          {errors.items?.message && <p className="text-sm text-destructive">{errors.items.message}</p>}
          {errors.items?.root?.message && <p className="text-sm text-destructive">{errors.items.root.message}</p>}
          <Button type="button" variant="outline" onClick={() => void beforeAdd().then(() => items.append(NEW_ITEM))}>
            <Plus aria-hidden className="size-4" /> Add exercise
          </Button>
        </CardContent>
      </Card>
      <Card>
        <CardContent className="grid gap-4 p-4 md:grid-cols-2">
          <Field label="Form cues" description="One per line, e.g. relaxed shoulders, arms swing hip to chest." error={errors.formCuesText?.message}>
            <Textarea rows={5} {...form.register("formCuesText")} />
          </Field>
          <Field label="Lifestyle notes" description="One per line: hydration, sleep, an extra rest day when the back is sore." error={errors.lifestyleText?.message}>
            <Textarea rows={5} {...form.register("lifestyleText")} />
          </Field>
        </CardContent>
      </Card>
      {errors.root && (
        <p className="text-sm text-destructive" role="status" aria-label="Save problem">
          {errors.root.message}
        </p>
      )}
      <div className="flex justify-end">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {programId ? "Save as new version" : "Create program"}
        </Button>
      </div>
    </form>
  );
}
