"use client";

import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { EnumSelect } from "@/components/forms/enum-select";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ReadyFieldset, useHydrated } from "@/components/ui/ready-fieldset";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CASE_OUTCOME_LABEL } from "@/server/domain/case-labels";
import { CASE_OUTCOMES, type CaseOutcome, type CaseStatus } from "@/server/domain/case-vocab";
import type { caseResolveForm } from "@/server/schemas/case";
import { useCaseAction } from "./use-case-action";

const resolver = lazyZodResolver(() => import("@/server/schemas/case").then((m) => m.caseResolveForm));

/** Close the case with an outcome, or reopen a closed one. */
export function ResolveCard({ caseId, status, outcome }: { caseId: string; status: CaseStatus; outcome: CaseOutcome | null }) {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const action = useCaseAction(caseId);
  const form = useForm<z.input<typeof caseResolveForm>, unknown, z.output<typeof caseResolveForm>>({ resolver });
  const resolve = useMutation(trpc.case.resolve.mutationOptions({ onSuccess: () => action.onSuccess("Case resolved."), onError: action.onError }));
  const reopen = useMutation(trpc.case.reopen.mutationOptions({ onSuccess: () => action.onSuccess("Case reopened."), onError: action.onError }));

  return (
    <Card id="resolve" className="scroll-mt-20">
      <CardHeader>
        <CardTitle>
          <h2>{status === "resolved" ? "Resolved" : "Resolve"}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        {status === "resolved" ? (
          <>
            <p className="text-sm">Outcome: {outcome ? CASE_OUTCOME_LABEL[outcome] : "not recorded"}.</p>
            <Button variant="outline" onClick={() => reopen.mutate({ id: caseId })} disabled={!hydrated || reopen.isPending}>
              Reopen case
            </Button>
          </>
        ) : (
          <form
            aria-label="Resolve the case"
            className="space-y-3"
            noValidate
            onSubmit={form.handleSubmit((v) => resolve.mutateAsync({ id: caseId, ...v }).catch(() => undefined))}
          >
            <ReadyFieldset className="space-y-3">
              <EnumSelect
                control={form.control}
                name="outcome"
                label="Outcome"
                options={CASE_OUTCOMES}
                labels={CASE_OUTCOME_LABEL}
                placeholder="Choose an outcome"
                error={form.formState.errors.outcome?.message}
              />
              <Button type="submit" variant="secondary" disabled={!hydrated || resolve.isPending}>
                Resolve case
              </Button>
            </ReadyFieldset>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
