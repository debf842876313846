"use client";

import Link from "next/link";
import { CopyLink } from "@/components/domain/copy-link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { RouterOutputs } from "@/server/api/types";

type Done = Extract<RouterOutputs["peopleImport"]["confirm"], { ok: true }>;

export function ImportResult({ result, onAgain }: { result: Done; onAgain: () => void }) {
  const n = result.created.length;
  const emailed = result.created.some((p) => p.emailed);
  return (
    <div className="space-y-6">
      <Alert variant="success" title={n === 1 ? "1 athlete imported" : `${n} athletes imported`}>
        {result.skipped > 0 && <p>{result.skipped} already in your organisation were left as they are.</p>}
        {result.withProblems > 0 && <p>{result.withProblems} rows with problems were not imported.</p>}
        <p>
          {emailed
            ? "Each new athlete has been emailed a link to choose a password. The links are below too."
            : "Email is off, so send each athlete their link below. The links are not shown again; you can send a new one from the People page."}
        </p>
      </Alert>
      {n > 0 && (
        <ul className="space-y-4" aria-label="Links for the new athletes">
          {result.created.map((p) => (
            <li key={p.id} className="space-y-1.5">
              <p className="text-sm">
                <span className="font-medium">{p.name}</span> <span className="text-muted-foreground">· {p.email} · {p.team}</span>
              </p>
              <CopyLink link={p.link} label={`Link for ${p.name}`} />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="outline" onClick={onAgain}>
          Import another file
        </Button>
        <Button asChild>
          <Link href="/admin">Go to People</Link>
        </Button>
      </div>
    </div>
  );
}
