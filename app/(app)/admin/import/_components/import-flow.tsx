"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import type { RouterOutputs } from "@/server/api/types";
import { FilePicker } from "./file-picker";
import { ImportPreview } from "./import-preview";
import { ImportResult } from "./import-result";

type Check = Extract<RouterOutputs["peopleImport"]["preview"], { ok: true }>;
type Done = Extract<RouterOutputs["peopleImport"]["confirm"], { ok: true }>;

/** Choose a file, see every row checked, confirm the ready rows, then hand out the links. */
export function ImportFlow() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A new key clears the file box when the admin starts over.
  const [round, setRound] = useState(0);

  const preview = useMutation(
    trpc.peopleImport.preview.mutationOptions({
      onSuccess: (r) => (r.ok ? setCheck(r) : setProblem(r.problem)),
      onError: (err) => setProblem(err.message),
    }),
  );
  const confirm = useMutation(
    trpc.peopleImport.confirm.mutationOptions({
      onSuccess: (r) => {
        if (!r.ok) return setProblem(r.problem);
        setDone(r);
        void queryClient.invalidateQueries(trpc.people.pathFilter());
        void queryClient.invalidateQueries(trpc.invitation.pathFilter());
        void queryClient.invalidateQueries(trpc.team.pathFilter());
      },
      onError: (err) => setProblem(err.message),
    }),
  );

  function start(next: { name: string; text: string }) {
    setFile(next);
    setCheck(null);
    setDone(null);
    setProblem(null);
    preview.mutate({ csv: next.text });
  }

  function again() {
    setRound((n) => n + 1);
    setFile(null);
    setCheck(null);
    setDone(null);
    setProblem(null);
  }

  if (done) return <ImportResult result={done} onAgain={again} />;
  return (
    <div className="space-y-6">
      <FilePicker key={round} fileName={file?.name ?? null} busy={preview.isPending} onFile={start} onProblem={setProblem} />
      {problem && (
        <Alert variant="destructive" title="This file cannot be imported">
          {problem}
        </Alert>
      )}
      {check && file && (
        <ImportPreview check={check} busy={confirm.isPending} onConfirm={() => confirm.mutate({ csv: file.text })} onCancel={again} />
      )}
    </div>
  );
}
