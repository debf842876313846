"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, FileJson, FileSpreadsheet } from "lucide-react";
import { useMemo } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { type ExportFile, exportCsvFiles, exportJson } from "@/server/domain/data-export";

function download(file: ExportFile) {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mime};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function MyData() {
  const trpc = useTRPC();
  // Fetched on request only: the download is large and reading it is recorded.
  const exported = useQuery({ ...trpc.privacy.exportMine.queryOptions(), enabled: false, staleTime: 0, gcTime: 0 });
  const files = useMemo(() => {
    if (!exported.data) return null;
    return { json: exportJson(exported.data, new Date()), csv: exportCsvFiles(exported.data) };
  }, [exported.data]);

  return (
    <div className="space-y-4">
      <Card>
        <CardHeader>
          <CardTitle>Download your data</CardTitle>
          <CardDescription>
            One JSON file holds everything; CSV files open in a spreadsheet, one per list. Notes your clinic wrote for its own staff are not included: ask your
            clinic if you would like them.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Button onClick={() => void exported.refetch()} disabled={exported.isFetching}>
            <Download aria-hidden className="size-4" />
            {exported.isFetching ? "Preparing…" : files ? "Prepare again" : "Prepare my download"}
          </Button>
        </CardContent>
      </Card>
      {exported.isError && (
        <Alert variant="destructive" aria-label="Download problem">
          {exported.error.message}
        </Alert>
      )}
      {files && (
        <Card>
          <CardHeader>
            <CardTitle>Ready</CardTitle>
            <CardDescription>The files are made on this device; nothing is sent anywhere else.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="divide-y divide-border" aria-label="Files to download">
              <li className="flex items-center justify-between gap-3 py-2">
                <span className="flex items-center gap-2 font-medium">
                  <FileJson aria-hidden className="size-4 text-muted-foreground" /> Everything (JSON)
                </span>
                <Button size="sm" variant="outline" onClick={() => download(files.json)} aria-label="Download everything as JSON">
                  Download
                </Button>
              </li>
              {files.csv.map((f) => (
                <li key={f.name} className="flex items-center justify-between gap-3 py-2">
                  <span className="flex min-w-0 items-center gap-2">
                    <FileSpreadsheet aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                    <span>{f.label}</span>
                    <span className="shrink-0 text-sm text-muted-foreground">
                      {f.rows} {f.rows === 1 ? "row" : "rows"}
                    </span>
                  </span>
                  <Button size="sm" variant="outline" onClick={() => download(f)} aria-label={`Download ${f.label} as CSV`}>
                    CSV
                  </Button>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
