"use client";

import type { UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { describeMinutes } from "@/server/domain/duration";
import { DEADLINE_BOUNDS, DEFAULT_ACK_DEADLINES, DEFAULT_THRESHOLDS, type SettingsInput, THRESHOLD_BOUNDS } from "@/server/schemas/settings";
import { DEADLINE_FIELDS, THRESHOLD_FIELDS } from "./rule-fields";

/** The escalation thresholds and acknowledge deadlines of the settings form. */
export function RuleFieldsCards({ form }: { form: UseFormReturn<SettingsInput> }) {
  const { errors } = form.formState;
  const deadlines = form.watch("ackDeadlines");
  const restore = (name: "thresholds" | "ackDeadlines") =>
    form.setValue(name, name === "thresholds" ? { ...DEFAULT_THRESHOLDS } : { ...DEFAULT_ACK_DEADLINES }, { shouldDirty: true, shouldValidate: true });

  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>When a pain report opens a case</h2>
          </CardTitle>
          <CardDescription>
            Cases go to your physiotherapists. Lower numbers open more cases; red-flag answers always open one, whatever these say. The
            product defaults are shown on each field.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          <div className="grid gap-x-6 gap-y-5 sm:grid-cols-2">
            {THRESHOLD_FIELDS.map((f) => (
              <Field
                key={f.key}
                label={`${f.label} (${f.unit})`}
                description={`${f.description} Default: ${DEFAULT_THRESHOLDS[f.key]}.`}
                error={errors.thresholds?.[f.key]?.message}
              >
                <Input
                  type="number"
                  inputMode="numeric"
                  min={THRESHOLD_BOUNDS[f.key].min}
                  max={THRESHOLD_BOUNDS[f.key].max}
                  step={1}
                  className="sm:max-w-32"
                  {...form.register(`thresholds.${f.key}`, { valueAsNumber: true })}
                />
              </Field>
            ))}
          </div>
          <Button type="button" variant="outline" size="sm" onClick={() => restore("thresholds")}>
            Restore the defaults
          </Button>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>How soon a case must be acknowledged</h2>
          </CardTitle>
          <CardDescription>In minutes from the moment a case opens; a change applies to cases that open afterwards. A case past its deadline is marked overdue in triage.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          <div className="grid gap-x-6 gap-y-5 sm:grid-cols-2">
            {DEADLINE_FIELDS.map((f) => (
              <Field
                key={f.tier}
                label={`${f.label} (minutes)`}
                description={`${describeMinutes(deadlines?.[f.tier] ?? Number.NaN) || "—"}. Default: ${describeMinutes(DEFAULT_ACK_DEADLINES[f.tier])}.`}
                error={errors.ackDeadlines?.[f.tier]?.message}
              >
                <Input
                  type="number"
                  inputMode="numeric"
                  min={DEADLINE_BOUNDS.min}
                  max={DEADLINE_BOUNDS.max}
                  step={1}
                  className="sm:max-w-32"
                  {...form.register(`ackDeadlines.${f.tier}`, { valueAsNumber: true })}
                />
              </Field>
            ))}
          </div>
          <Button type="button" variant="outline" size="sm" onClick={() => restore("ackDeadlines")}>
            Restore the defaults
          </Button>
        </CardContent>
      </Card>
    </>
  );
}
