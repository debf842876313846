"use client";

import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useClock } from "@/components/domain/use-clock";
import { useMutation } from "@tanstack/react-query";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ReadyFieldset, useHydrated } from "@/components/ui/ready-fieldset";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import type { caseNoteForm } from "@/server/schemas/case";
import type { CaseDetail } from "./case-view";
import { useCaseAction } from "./use-case-action";

const resolver = lazyZodResolver(() => import("@/server/schemas/case").then((m) => m.caseNoteForm));

/** Clinical notes for clinic staff; one switched to "visible to the athlete" is their message from you. */
export function ClinicalNotes({ caseId, notes }: { caseId: string; notes: CaseDetail["notes"] }) {
  const hydrated = useHydrated();
  const { formatTime } = useClock();
  const trpc = useTRPC();
  const action = useCaseAction(caseId);
  const form = useForm<z.input<typeof caseNoteForm>, unknown, z.output<typeof caseNoteForm>>({
    resolver,
    defaultValues: { body: "", forAthlete: false },
  });
  const add = useMutation(
    trpc.case.addNote.mutationOptions({
      onSuccess: (_d, v) => {
        form.reset({ body: "", forAthlete: false });
        return action.onSuccess(v.forAthlete ? "Message sent to the athlete." : "Note added.");
      },
      onError: action.onError,
    }),
  );
  const submit = form.handleSubmit((v) => add.mutateAsync({ id: caseId, ...v }).catch(() => undefined));

  return (
    <Card id="notes" className="scroll-mt-20">
      <CardHeader>
        <CardTitle>
          <h2>Clinical notes</h2>
        </CardTitle>
        <CardDescription>Coaches never see notes. The athlete sees only those you make visible to them.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <form onSubmit={submit} noValidate className="space-y-3" aria-label="Add a clinical note">
          <ReadyFieldset className="space-y-3">
            <Field label="Note" error={form.formState.errors.body?.message} description="Up to 4,000 characters.">
              <Textarea {...form.register("body")} maxLength={4000} rows={4} />
            </Field>
            <Controller
              control={form.control}
              name="forAthlete"
              render={({ field }) => (
                <Field label="Visible to the athlete" orientation="horizontal">
                  <Switch checked={field.value ?? false} onCheckedChange={field.onChange} />
                </Field>
              )}
            />
            <Button type="submit" disabled={!hydrated || add.isPending}>
              Add note
            </Button>
          </ReadyFieldset>
        </form>
        {notes.length > 0 && (
          <ul className="space-y-3" aria-label="Notes">
            {notes.map((n) => (
              <li key={n.id} className="rounded-md border border-border p-3 text-sm">
                <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                  <span>
                    {n.authorName ?? "A former colleague"}, {formatTime(n.createdAt, "d MMM yyyy, HH:mm")}
                  </span>
                  {n.forAthlete ? <Badge variant="info">Visible to the athlete</Badge> : <Badge variant="muted">Clinic only</Badge>}
                </div>
                <p className="whitespace-pre-line">{n.body}</p>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
