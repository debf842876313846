"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { ClipboardList, Plus } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export function ProgramList() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.program.list.queryOptions({}));
  return (
    <div>
      <PageHeader
        title="Programs"
        description="Prevention programs your athletes follow. Saving a change makes a new version; athletes keep theirs until you move them."
        actions={
          <Button asChild>
            <Link href="/coach/programs/new">
              <Plus aria-hidden className="size-4" /> New program
            </Link>
          </Button>
        }
      />
      {data.length === 0 ? (
        <EmptyState icon={ClipboardList} title="No programs yet" description="Build a program from the exercise library, then assign it to athletes or a team." />
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" aria-label="Programs">
          {data.map((p) => (
            <li key={p.id}>
              <Link href={`/coach/programs/${p.id}`} className="block rounded-xl focus-visible:outline-2 focus-visible:outline-ring">
                <Card className="h-full transition-colors hover:bg-muted/50">
                  <CardContent className="space-y-1 p-4">
                    <div className="flex items-start justify-between gap-2">
                      <h2 className="font-semibold">{p.name}</h2>
                      <Badge variant="muted">v{p.version}</Badge>
                    </div>
                    {p.goal && <p className="line-clamp-2 text-sm text-muted-foreground">{p.goal}</p>}
                    <p className="text-sm">
                      {p.itemCount} exercise{p.itemCount === 1 ? "" : "s"} · {p.activeAssignments} athlete{p.activeAssignments === 1 ? "" : "s"} assigned
                    </p>
                  </CardContent>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
