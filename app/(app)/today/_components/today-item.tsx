"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ChevronDown } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Checkbox } from "@/components/ui/checkbox";
import type { RouterOutputs } from "@/server/api/types";
import { describeDose } from "@/server/domain/dose";
import { ItemDetails } from "./item-details";

type TodayData = RouterOutputs["today"]["get"];
type Item = TodayData["groups"][number]["items"][number];

export function TodayItem({ assignmentId, day, item, queryDay }: { assignmentId: string; day: string; item: Item; queryDay: string | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const queryKey = trpc.today.get.queryKey({ day: queryDay });

  const setDone = useMutation(
    trpc.today.setDone.mutationOptions({
      // Feels instant: the tick shows at once and is rolled back if the server refuses.
      onMutate: async (vars) => {
        await queryClient.cancelQueries({ queryKey });
        const previous = queryClient.getQueryData<TodayData>(queryKey);
        queryClient.setQueryData<TodayData>(queryKey, (old) =>
          old && {
            ...old,
            groups: old.groups.map((g) =>
              g.assignmentId !== vars.assignmentId ? g : { ...g, items: g.items.map((i) => (i.itemId === vars.itemId ? { ...i, done: vars.done } : i)) },
            ),
          },
        );
        return { previous };
      },
      onError: (err, _vars, context) => {
        if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
        toast.error(`Not saved: ${err.message}`);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.today.get.pathKey() }),
    }),
  );

  const toggle = (done: boolean) => setDone.mutate({ assignmentId, itemId: item.itemId, day, done });

  return (
    <li className="py-3">
      <div className="flex items-start gap-3">
        <Checkbox
          checked={item.done}
          onCheckedChange={(v) => toggle(v === true)}
          aria-label={item.exercise.name}
          className="mt-0.5"
        />
        <div className="min-w-0 flex-1">
          <button
            type="button"
            className="flex w-full items-start justify-between gap-2 text-left"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((o) => !o)}
          >
            <span>
              <span className={`block font-medium ${item.done ? "text-muted-foreground line-through" : ""}`}>{item.exercise.name}</span>
              <span className="block text-sm text-muted-foreground">
                {describeDose(item.dose)} · {item.when}
                {item.week && ` · ${item.week.done} of ${item.week.target} this week`}
              </span>
            </span>
            <ChevronDown aria-hidden className={`mt-1 size-4 shrink-0 transition-transform ${open ? "rotate-180" : ""}`} />
            <span className="sr-only">{open ? "Hide instructions" : "Show instructions"}</span>
          </button>
          {open && (
            <div id={detailsId} className="mt-2 space-y-2 text-sm">
              <ol className="list-decimal space-y-1 pl-5">
                {item.exercise.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              {item.exercise.cautions && <p className="rounded-md bg-warning-subtle p-2 text-warning-subtle-foreground">{item.exercise.cautions}</p>}
              {item.exercise.mediaUrl && (
                <a className="text-primary underline" href={item.exercise.mediaUrl} target="_blank" rel="noreferrer noopener">
                  Watch how it is done
                </a>
              )}
              <ItemDetails
                exerciseName={item.exercise.name}
                initial={item.completion}
                onSave={(details) => setDone.mutate({ assignmentId, itemId: item.itemId, day, done: true, ...details })}
              />
            </div>
          )}
        </div>
      </div>
    </li>
  );
}
