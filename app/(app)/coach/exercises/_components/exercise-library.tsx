"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Archive, ArchiveRestore, Dumbbell } from "lucide-react";
import { useDeferredValue, useState } from "react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { Switch } from "@/components/ui/switch";
import { Label } from "@/components/ui/label";
import { describeDose } from "@/server/domain/dose";
import { CATEGORY_LABEL, FOCUS_LABEL } from "@/server/domain/exercise-labels";
import { BODY_FOCUS, type BodyFocus, EXERCISE_CATEGORIES, type ExerciseCategory } from "@/server/domain/exercise-vocab";
import { ExerciseFormButton } from "./exercise-form-button";

const ALL = "all";

export function ExerciseLibrary() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [category, setCategory] = useState<ExerciseCategory | typeof ALL>(ALL);
  const [focus, setFocus] = useState<BodyFocus | typeof ALL>(ALL);
  const [includeArchived, setIncludeArchived] = useState(false);
  const deferredSearch = useDeferredValue(search);
  const filters = {
    ...(deferredSearch.trim() ? { search: deferredSearch.trim() } : {}),
    ...(category !== ALL ? { category } : {}),
    ...(focus !== ALL ? { focus } : {}),
    ...(includeArchived ? { includeArchived } : {}),
  };
  const { data } = useSuspenseQuery(trpc.exercise.list.queryOptions(filters));
  const archive = useMutation(
    trpc.exercise.archive.mutationOptions({
      onSuccess: (_d, v) => toast.success(v.archived ? "Exercise archived." : "Exercise restored."),
      onError: (err) => toast.error(err.message),
      onSettled: () => queryClient.invalidateQueries(trpc.exercise.list.pathFilter()),
    }),
  );

  return (
    <div className="space-y-4">
      <PageHeader title="Exercise library" description="The shared library plus your club's own exercises." actions={<ExerciseFormButton />} />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
        <Input type="search" placeholder="Search by name" aria-label="Search exercises" value={search} onChange={(e) => setSearch(e.target.value)} />
        <ChoiceSelect
          aria-label="Category"
          className="sm:w-52"
          value={category}
          onValueChange={(v) => setCategory(v as ExerciseCategory | typeof ALL)}
          choices={[{ value: ALL, label: "All categories" }, ...EXERCISE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }))]}
        />
        <ChoiceSelect
          aria-label="Body focus"
          className="sm:w-44"
          value={focus}
          onValueChange={(v) => setFocus(v as BodyFocus | typeof ALL)}
          choices={[{ value: ALL, label: "Any body focus" }, ...BODY_FOCUS.map((f) => ({ value: f, label: FOCUS_LABEL[f] }))]}
        />
        <div className="flex items-center gap-2 pb-2">
          <Switch id="show-archived" checked={includeArchived} onCheckedChange={setIncludeArchived} />
          <Label htmlFor="show-archived">Show archived</Label>
        </div>
      </div>
      {data.length === 0 ? (
        <EmptyState icon={Dumbbell} title="No exercises match" description="Try another search or category, or create your own exercise." />
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" aria-label="Exercises">
          {data.map((ex) => (
            <li key={ex.id}>
              <Card className="h-full">
                <CardContent className="space-y-2 p-4">
                  <div className="flex items-start justify-between gap-2">
                    <div>
                      <h2 className="font-semibold">{ex.name}</h2>
                      <p className="text-sm text-muted-foreground">
                        {CATEGORY_LABEL[ex.category]} · {describeDose(ex.dose)}
                      </p>
                    </div>
                    <div className="flex shrink-0 gap-1">
                      {ex.global ? <Badge variant="muted">Shared library</Badge> : <Badge variant="info">Your club</Badge>}
                      {ex.archived && <Badge variant="warning">Archived</Badge>}
                    </div>
                  </div>
                  <details className="text-sm">
                    <summary className="cursor-pointer text-muted-foreground">Instructions</summary>
                    <ol className="mt-2 list-decimal space-y-1 pl-5">
                      {ex.steps.map((s) => (
                        <li key={s}>{s}</li>
                      ))}
                    </ol>
                    {ex.cautions && <p className="mt-2 text-warning-subtle-foreground">{ex.cautions}</p>}
                  </details>
                  {!ex.global && (
                    <div className="flex gap-2 pt-1">
                      <ExerciseFormButton exercise={ex} />
                      <Button variant="ghost" size="sm" onClick={() => archive.mutate({ id: ex.id, archived: !ex.archived })}>
                        {ex.archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
                        {ex.archived ? "Restore" : "Archive"}
                      </Button>
                    </div>
                  )}
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
