"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { z } from "zod";
import { DoseFields } from "@/components/domain/dose-fields";
import { EnumSelect } from "@/components/forms/enum-select";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { RouterOutputs } from "@/server/api/types";
import { CATEGORY_LABEL, FOCUS_LABEL } from "@/server/domain/exercise-labels";
import { BODY_FOCUS, EXERCISE_CATEGORIES } from "@/server/domain/exercise-vocab";
import { exerciseInput } from "@/server/schemas/exercise";

import { ExerciseFormTrigger } from "./exercise-form-button";

type Exercise = RouterOutputs["exercise"]["list"][number];

/** Steps are typed one per line; the schema sees them as a list. */
const formSchema = exerciseInput.omit({ steps: true }).extend({
  stepsText: z.string().refine((v) => v.trim().length > 0, "Add at least one step, one per line."),
});
type FormValues = z.input<typeof formSchema>;

const toSteps = (text: string) => text.split("\n").map((s) => s.trim()).filter(Boolean);

/** Loaded by ExerciseFormButton. */
export default function ExerciseFormDialog({ exercise, defaultOpen = false }: { exercise?: Exercise; defaultOpen?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(defaultOpen);
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: exercise
      ? { name: exercise.name, category: exercise.category, bodyFocus: exercise.bodyFocus, stepsText: exercise.steps.join("\n"), dose: exercise.dose, cautions: exercise.cautions ?? "", mediaUrl: exercise.mediaUrl ?? "" }
      : { name: "", category: "mobility", bodyFocus: [], stepsText: "", dose: { kind: "reps", sets: 2, reps: 10, holdSeconds: null, minutes: null, perSide: false }, cautions: "", mediaUrl: "" },
  });
  const done = {
    onSuccess: () => {
      toast.success(exercise ? "Exercise saved." : "Exercise added to your library.");
      setOpen(false);
      if (!exercise) form.reset();
    },
    onError: (err: { message: string }) => form.setError("root", { message: err.message }),
    onSettled: () => queryClient.invalidateQueries(trpc.exercise.list.pathFilter()),
  };
  const create = useMutation(trpc.exercise.create.mutationOptions(done));
  const update = useMutation(trpc.exercise.update.mutationOptions(done));
  const errors = form.formState.errors;

  const submit = form.handleSubmit(({ stepsText, ...values }) => {
    const input = { ...values, steps: toSteps(stepsText) };
    if (exercise) update.mutate({ ...input, id: exercise.id });
    else create.mutate(input);
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <ExerciseFormTrigger editing={exercise !== undefined} />
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{exercise ? `Edit ${exercise.name}` : "New exercise"}</DialogTitle>
          <DialogDescription>Write the instructions the way you would say them to an athlete.</DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} noValidate className="space-y-4">
          <Field label="Name" error={errors.name?.message}>
            <Input maxLength={80} {...form.register("name")} />
          </Field>
          <EnumSelect control={form.control} name="category" label="Category" options={EXERCISE_CATEGORIES} labels={CATEGORY_LABEL} error={errors.category?.message} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Body focus</legend>
            <Controller
              control={form.control}
              name="bodyFocus"
              render={({ field }) => (
                <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                  {BODY_FOCUS.map((f) => {
                    const value = field.value ?? [];
                    return (
                      <Field key={f} label={FOCUS_LABEL[f]} orientation="horizontal">
                        <Checkbox checked={value.includes(f)} onCheckedChange={(on) => field.onChange(on ? [...value, f] : value.filter((x) => x !== f))} />
                      </Field>
                    );
                  })}
                </div>
              )}
            />
          </fieldset>
          <Field label="Steps" description="One step per line." error={errors.stepsText?.message}>
            <Textarea rows={5} {...form.register("stepsText")} />
          </Field>
          <DoseFields control={form.control} register={form.register} name="dose" errors={errors.dose as never} />
          <Field label="Cautions" description="Optional. When to stop or take care." error={errors.cautions?.message}>
            <Textarea rows={2} maxLength={500} {...form.register("cautions")} />
          </Field>
          <Field label="Image or video link" description="Optional, https:// only." error={errors.mediaUrl?.message}>
            <Input type="url" {...form.register("mediaUrl")} />
          </Field>
          {errors.root && <p className="text-sm text-destructive" role="status" aria-label="Save problem">{errors.root.message}</p>}
          <DialogFooter>
            <Button type="submit" disabled={create.isPending || update.isPending}>
              {exercise ? "Save exercise" : "Add exercise"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
