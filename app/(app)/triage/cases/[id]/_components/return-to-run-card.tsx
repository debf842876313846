"use client";

import { dayLabel } from "@/components/domain/date-format";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useClock } from "@/components/domain/use-clock";
import { useMutation } from "@tanstack/react-query";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { ReturnToRunBadge } from "@/components/domain/tier-badge";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ReadyFieldset, useHydrated } from "@/components/ui/ready-fieldset";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, FieldSet } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { RETURN_TO_RUN_LABEL } from "@/server/domain/case-labels";
import { RETURN_TO_RUN } from "@/server/domain/case-vocab";
import type { returnToRunForm } from "@/server/schemas/case";
import type { CaseDetail } from "./case-view";
import { useCaseAction } from "./use-case-action";

const resolver = lazyZodResolver(() => import("@/server/schemas/case").then((m) => m.returnToRunForm));

/** Cleared, modified training or no running, with an optional review date; coaches and the athlete see it. */
export function ReturnToRunCard({ caseId, current }: { caseId: string; current: CaseDetail["returnToRun"] }) {
  const hydrated = useHydrated();
  const { formatTime } = useClock();
  const trpc = useTRPC();
  const action = useCaseAction(caseId);
  const form = useForm<z.input<typeof returnToRunForm>, unknown, z.output<typeof returnToRunForm>>({
    resolver,
    defaultValues: { status: current?.status ?? (undefined as unknown as "cleared"), reviewDay: current?.reviewDay ?? "" },
  });
  const save = useMutation(trpc.case.setReturnToRun.mutationOptions({ onSuccess: (_d, v) => action.onSuccess(`Return to run set: ${RETURN_TO_RUN_LABEL[v.status]}.`), onError: action.onError }));
  const submit = form.handleSubmit((v) => save.mutateAsync({ id: caseId, ...v }).catch(() => undefined));

  return (
    <Card id="return-to-run" className="scroll-mt-20">
      <CardHeader>
        <CardTitle>
          <h2>Return to run</h2>
        </CardTitle>
        <CardDescription>The athlete and their coaches see this status, never your notes.</CardDescription>
      </CardHeader>
      <CardContent>
        <div className="mb-4 text-sm">
          {current ? (
            <p className="flex flex-wrap items-center gap-2">
              Now: <ReturnToRunBadge status={current.status} />
              <span className="text-muted-foreground">
                set {formatTime(current.setAt, "d MMM")}
                {current.setByName && ` by ${current.setByName}`}
                {current.reviewDay && `, review ${dayLabel(current.reviewDay)}`}
              </span>
            </p>
          ) : (
            <p className="text-muted-foreground">No status set yet.</p>
          )}
        </div>
        <form onSubmit={submit} noValidate className="space-y-4" aria-label="Set return to run">
          <ReadyFieldset className="space-y-4">
            <Controller
              control={form.control}
              name="status"
              render={({ field, fieldState }) => (
                <FieldSet legend="Status" error={fieldState.error?.message}>
                  <RadioGroup value={field.value ?? ""} onValueChange={field.onChange} aria-label="Return-to-run status">
                    {RETURN_TO_RUN.map((s) => (
                      <div key={s} className="flex min-h-8 items-center gap-3">
                        <RadioGroupItem value={s} id={`rtr-${s}`} />
                        <Label htmlFor={`rtr-${s}`} className="font-normal">
                          {RETURN_TO_RUN_LABEL[s]}
                        </Label>
                      </div>
                    ))}
                  </RadioGroup>
                </FieldSet>
              )}
            />
            <Field label="Review date (optional)" error={form.formState.errors.reviewDay?.message}>
              <Input type="date" {...form.register("reviewDay")} />
            </Field>
            <Button type="submit" disabled={!hydrated || save.isPending}>
              Save status
            </Button>
          </ReadyFieldset>
        </form>
      </CardContent>
    </Card>
  );
}
