"use client";

import { Download } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from "@/server/domain/import-limits";

const TEMPLATE = "name,email,team,birth date\nAlex Example,alex@example.com,Road Runners,1994-03-21\n";

type Props = {
  fileName: string | null;
  busy: boolean;
  onFile: (file: { name: string; text: string }) => void;
  onProblem: (problem: string) => void;
};

export function FilePicker({ fileName, busy, onFile, onProblem }: Props) {
  async function pick(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS * 2) return onProblem("The file is too large. Split it into files of at most 1,000 athletes.");
    onFile({ name: file.name, text: await file.text() });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Choose a file</h2>
        </CardTitle>
        <CardDescription>
          A CSV file (save as “CSV” from Excel, Numbers or Google Sheets) whose first line names the columns{" "}
          <strong className="font-medium text-foreground">name, email, team, birth date</strong>. Teams must exist already; dates are written
          like 1994-03-21 and may be left empty. Up to {MAX_IMPORT_ROWS.toLocaleString("en-GB")} athletes at a time.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        <Field label="CSV file" description={busy ? `Checking ${fileName ?? "the file"}…` : undefined}>
          <Input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={pick}
            // Choosing the same file again (after fixing it) must check it again.
            onClick={(e) => {
              e.currentTarget.value = "";
            }}
            disabled={busy}
            className="h-auto py-1.5"
          />
        </Field>
        <a
          className="inline-flex items-center gap-1.5 text-sm font-medium text-primary underline-offset-4 hover:underline"
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`}
          download="athletes.csv"
        >
          <Download aria-hidden className="size-4" /> Download an example file
        </a>
      </CardContent>
    </Card>
  );
}
