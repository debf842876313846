"use client";

import { formatInstant } from "@/components/domain/date-format";
import { Siren } from "lucide-react";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { ATHLETE_MESSAGES, type AthleteMessageKey, type AthleteNextSteps } from "@/server/domain/athlete-messages";

const text = (key: AthleteMessageKey, within = "") => ATHLETE_MESSAGES[key].replace("{within}", within);

/** What happens next after a report, from the rules' verdict; it never reads as a diagnosis. */
export function NextSteps({ steps, sentAt, corrected }: { steps: AthleteNextSteps | null; sentAt: Date; corrected: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const title = corrected ? "Your correction is saved" : steps?.kind === "emergency" ? "Your report is in" : "Thanks, your report is in";
  const body = steps?.messages.filter((k) => k !== "not-medical-advice") ?? [];

  return (
    <section aria-labelledby="next-steps-title" className="space-y-4">
      <h2 id="next-steps-title" ref={heading} tabIndex={-1} className="text-xl font-semibold tracking-tight outline-none">
        {title}
      </h2>
      {steps === null ? (
        <p className="text-sm">We already had this report, so nothing was sent twice.</p>
      ) : steps.kind === "emergency" ? (
        <Alert role="alert" variant="destructive" icon={Siren} aria-label="Get urgent medical help now" className="border-2 p-5 text-base">
          <p className="text-lg font-semibold">{text("emergency.now")}</p>
          <p className="mt-2">{text("emergency.why")}</p>
          <p className="mt-2 text-sm">Your physiotherapist has been told as well, but please do not wait for them.</p>
        </Alert>
      ) : steps.kind === "review" ? (
        <Alert variant="warning" title="A physiotherapist will review your report" aria-label="A physiotherapist will review your report">
          <ul className="list-disc space-y-1 pl-5">
            {body.map((k) => (
              <li key={k}>
                {text(k, steps.within)}
                {k === "review.when" && ` That is by ${formatInstant(new Date(sentAt.getTime() + steps.reviewWithinMinutes * 60_000), "EEE d MMM, HH:mm")}.`}
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Card aria-label="Self-care tips">
          <CardContent className="space-y-2 text-sm">
            <p className="font-medium">{text("self-care.intro")}</p>
            <ul className="list-disc space-y-1 pl-5">
              {body
                .filter((k) => k !== "self-care.intro")
                .map((k) => (
                  <li key={k}>{text(k)}</li>
                ))}
            </ul>
            <p className="text-muted-foreground">Your program on the Today page keeps working on posture, mobility and core strength.</p>
          </CardContent>
        </Card>
      )}
      <p className="text-xs leading-relaxed text-muted-foreground" data-testid="report-not-medical-advice">
        {ATHLETE_MESSAGES["not-medical-advice"]}
      </p>
    </section>
  );
}
