"use client";

import type { UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { describeMinutes } from "@/server/domain/duration";
import { DEFAULT_ACK_DEADLINES, DEFAULT_THRESHOLDS } from "@/server/domain/escalation-settings";
import type { SettingsInput } from "@/server/schemas/settings";
import { DEADLINE_BOUNDS, THRESHOLD_BOUNDS } from "@/server/schemas/settings-bounds";
import { NumberRow } from "./number-row";
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
            Cases go to your physiotherapists. Lower numbers open more cases. Red-flag answers always open a case, whatever these say.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          <div className="divide-y divide-border">
            {THRESHOLD_FIELDS.map((f) => (
              <NumberRow
                key={f.key}
                label={f.label}
                description={`${f.description} Default: ${DEFAULT_THRESHOLDS[f.key]}.`}
                suffix={f.unit}
                error={errors.thresholds?.[f.key]?.message}
                input={{ min: THRESHOLD_BOUNDS[f.key].min, max: THRESHOLD_BOUNDS[f.key].max, ...form.register(`thresholds.${f.key}`, { valueAsNumber: true }) }}
              />
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
          <CardDescription>
            In minutes from the moment a case opens; a change applies to cases that open afterwards. A case past its deadline is marked overdue
            in triage.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          <div className="divide-y divide-border">
            {DEADLINE_FIELDS.map((f) => (
              <NumberRow
                key={f.tier}
                label={f.label}
                description={`Default: ${DEFAULT_ACK_DEADLINES[f.tier]} minutes (${describeMinutes(DEFAULT_ACK_DEADLINES[f.tier])}).`}
                suffix={describeMinutes(deadlines?.[f.tier] ?? Number.NaN) || "minutes"}
                error={errors.ackDeadlines?.[f.tier]?.message}
                input={{ min: DEADLINE_BOUNDS.min, max: DEADLINE_BOUNDS.max, ...form.register(`ackDeadlines.${f.tier}`, { valueAsNumber: true }) }}
              />
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
