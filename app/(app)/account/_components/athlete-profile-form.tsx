"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldSet } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Switch } from "@/components/ui/switch";
import { ReadyFieldset } from "@/components/ui/ready-fieldset";

const DAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

type Profile = { runDays: number[]; historyOfBackProblems: boolean; coachSeesPainDetails: boolean };

export function AthleteProfileForm({ profile, weekStartsOn }: { profile: Profile; weekStartsOn: 1 | 7 }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Profile>(profile);
  const days = weekStartsOn === 7 ? [7, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 7];
  const dirty = JSON.stringify([...values.runDays].sort()) !== JSON.stringify([...profile.runDays].sort()) ||
    values.historyOfBackProblems !== profile.historyOfBackProblems ||
    values.coachSeesPainDetails !== profile.coachSeesPainDetails;
  const save = useMutation(
    trpc.account.updateAthleteProfile.mutationOptions({
      onSuccess: () => {
        toast.success("Saved.");
        void queryClient.invalidateQueries(trpc.account.pathFilter());
        void queryClient.invalidateQueries(trpc.today.pathFilter());
      },
      onError: (err) => toast.error(`Not saved: ${err.message}`),
    }),
  );
  const toggleDay = (day: number, on: boolean) =>
    setValues((v) => ({ ...v, runDays: on ? [...v.runDays, day] : v.runDays.filter((d) => d !== day) }));

  return (
    <Card>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(values); }} noValidate>
        <CardHeader>
          <CardTitle>
            <h2>Running and sharing</h2>
          </CardTitle>
          <CardDescription>Exercises meant for before or after a run are due on the days you plan to run.</CardDescription>
        </CardHeader>
        <CardContent>
          <ReadyFieldset className="grid gap-6">
            <FieldSet legend="Days you usually run">
              <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
                {days.map((d) => (
                  <div key={d} className="flex min-h-11 items-center gap-3">
                    <Checkbox id={`run-day-${d}`} checked={values.runDays.includes(d)} onCheckedChange={(on) => toggleDay(d, on === true)} />
                    <Label htmlFor={`run-day-${d}`}>{DAY_NAMES[d]}</Label>
                  </div>
                ))}
              </div>
            </FieldSet>
            <div className="flex items-start justify-between gap-4">
              <Label htmlFor="back-history" className="block">
                <span className="block">I have had back problems before</span>
                <span className="block font-normal text-muted-foreground">
                  For example a disc problem, scoliosis or an earlier injury. Your physiotherapists then look at new pain a little sooner.
                </span>
              </Label>
              <Switch id="back-history" checked={values.historyOfBackProblems} onCheckedChange={(on) => setValues((v) => ({ ...v, historyOfBackProblems: on }))} />
            </div>
            <FieldSet legend="What your coaches see of your pain reports" description="Physiotherapists of your organisation always see your full reports.">
              <RadioGroup value={values.coachSeesPainDetails ? "details" : "flags"} onValueChange={(v) => setValues((x) => ({ ...x, coachSeesPainDetails: v === "details" }))}>
                <div className="flex items-start gap-3">
                  <RadioGroupItem id="share-details" value="details" className="mt-0.5" />
                  <Label htmlFor="share-details" className="block">
                    <span className="block">Pain details</span>
                    <span className="block font-normal text-muted-foreground">Your pain scores, so they can adjust your training.</span>
                  </Label>
                </div>
                <div className="flex items-start gap-3">
                  <RadioGroupItem id="share-flags" value="flags" className="mt-0.5" />
                  <Label htmlFor="share-flags" className="block">
                    <span className="block">Only flags</span>
                    <span className="block font-normal text-muted-foreground">That something needs attention, without your scores.</span>
                  </Label>
                </div>
              </RadioGroup>
            </FieldSet>
          </ReadyFieldset>
        </CardContent>
        <CardFooter>
          <Button type="submit" disabled={!dirty || save.isPending}>
            {save.isPending ? "Saving…" : "Save"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
