"use client";

import { formatDay } from "@/components/domain/date-format";
import { useMutation } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AssignmentStatus } from "@/server/domain/vocab";
import type { CaseDetail } from "./case-view";
import { useCaseAction } from "./use-case-action";
import { ReadyFieldset } from "@/components/ui/ready-fieldset";

type Assignment = CaseDetail["assignments"][number];

// Asked only when a program is being ended: it loads when first needed.
const EndProgramDialog = lazy(() => import("./end-program-dialog").then((m) => ({ default: m.EndProgramDialog })));

const STATUS_VARIANT = { active: "success", paused: "warning", ended: "muted" } as const;
const DONE_MESSAGE: Record<AssignmentStatus, string> = { active: "Program resumed.", paused: "Program paused.", ended: "Program ended." };

/** The athlete's programs; pausing or ending one is recorded on the case. */
export function AssignmentsCard({ caseId, athleteName, assignments }: { caseId: string; athleteName: string; assignments: Assignment[] }) {
  const trpc = useTRPC();
  const action = useCaseAction(caseId);
  const [ending, setEnding] = useState<Assignment | null>(null);
  const change = useMutation(
    trpc.case.setAssignmentStatus.mutationOptions({ onSuccess: (_d, v) => action.onSuccess(DONE_MESSAGE[v.status]), onError: action.onError }),
  );
  const set = (a: Assignment, status: AssignmentStatus) => change.mutate({ id: caseId, assignmentId: a.id, status });

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Programs</h2>
        </CardTitle>
        <CardDescription>Pause a program while the athlete recovers, or end it. Changes show on their Today page at once.</CardDescription>
      </CardHeader>
      <CardContent>
        <ReadyFieldset>
          {assignments.length === 0 ? (
            <p className="text-sm text-muted-foreground">No programs assigned.</p>
          ) : (
            <ul className="divide-y divide-border" aria-label="Programs">
              {assignments.map((a) => (
                <li key={a.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0 text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{a.programName}</span>
                      <Badge variant={STATUS_VARIANT[a.status]}>{a.status === "active" ? "Active" : a.status === "paused" ? "Paused" : "Ended"}</Badge>
                    </div>
                    <p className="text-muted-foreground">
                      Version {a.version} · from {formatDay(a.startDay, "d MMM yyyy")}
                      {a.endDay && ` to ${formatDay(a.endDay, "d MMM yyyy")}`}
                    </p>
                  </div>
                  {a.status !== "ended" && (
                    <div className="flex gap-2">
                      {a.status === "active" ? (
                        <Button size="sm" variant="outline" disabled={change.isPending} onClick={() => set(a, "paused")} aria-label={`Pause ${a.programName}`}>
                          Pause
                        </Button>
                      ) : (
                        <Button size="sm" variant="outline" disabled={change.isPending} onClick={() => set(a, "active")} aria-label={`Resume ${a.programName}`}>
                          Resume
                        </Button>
                      )}
                      <Button size="sm" variant="ghost" disabled={change.isPending} onClick={() => setEnding(a)} aria-label={`End ${a.programName}`}>
                        End
                      </Button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </ReadyFieldset>
      </CardContent>
      {ending && (
        <Suspense>
          <EndProgramDialog
            programName={ending.programName}
            athleteName={athleteName}
            onEnd={() => set(ending, "ended")}
            onClose={() => setEnding(null)}
          />
        </Suspense>
      )}
    </Card>
  );
}
