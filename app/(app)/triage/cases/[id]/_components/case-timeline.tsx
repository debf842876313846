import { dayLabel } from "@/components/domain/date-format";
import { LocalTime } from "@/components/domain/local-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CASE_OUTCOME_LABEL, RETURN_TO_RUN_LABEL, TIER_LABEL } from "@/server/domain/case-labels";
import type { CaseOutcome, CaseTier, ReturnToRun } from "@/server/domain/vocab";
import type { CaseDetail } from "./case-view";

type Event = CaseDetail["events"][number];

const PROGRAM_CHANGE: Record<string, string> = { active: "resumed", paused: "paused", ended: "ended" };

function describe(e: Event, programs: Map<string, string>): string {
  const d = e.data as Record<string, unknown>;
  switch (e.kind) {
    case "opened":
      return `Case opened as ${TIER_LABEL[d.tier as CaseTier].toLowerCase()}`;
    case "trigger":
      return String(d.reason ?? "A rule fired");
    case "tier-raised":
      return `Tier raised from ${TIER_LABEL[d.from as CaseTier].toLowerCase()} to ${TIER_LABEL[d.to as CaseTier].toLowerCase()}`;
    case "acknowledged":
      return "Acknowledged";
    case "assigned":
      return d.assigneeName ? `Assigned to ${String(d.assigneeName)}` : "Unassigned";
    case "note":
      return d.forAthlete ? "Wrote a message to the athlete" : "Added a clinical note";
    case "return-to-run":
      return `Return to run: ${RETURN_TO_RUN_LABEL[d.status as ReturnToRun]}${d.reviewDay ? `, review ${dayLabel(String(d.reviewDay))}` : ""}`;
    case "assignments-changed":
      return `${programs.get(String(d.assignmentId)) ?? "A program"} ${PROGRAM_CHANGE[String(d.status)] ?? "changed"}`;
    case "resolved":
      return `Resolved: ${CASE_OUTCOME_LABEL[d.outcome as CaseOutcome]}`;
    case "reopened":
      return "Reopened";
  }
}

/** Everything that happened on the case, oldest first, with who did it and when. */
export function CaseTimeline({ events, assignments }: { events: Event[]; assignments: CaseDetail["assignments"] }) {
  const programs = new Map(assignments.map((a) => [a.id, a.programName]));
  // Events written in one transaction share a timestamp: "opened" must still read first.
  const ordered = [...events].sort((a, b) => a.at.getTime() - b.at.getTime() || Number(b.kind === "opened") - Number(a.kind === "opened"));
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>History</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="space-y-3 border-l border-border pl-4" aria-label="Case history">
          {ordered.map((e) => (
            <li key={e.id} className="relative text-sm">
              <span aria-hidden className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-muted-foreground" />
              <p>{describe(e, programs)}</p>
              <p className="text-xs text-muted-foreground">
                {e.actorName ?? "Escalation rules"} · <LocalTime date={e.at} pattern="d MMM yyyy, HH:mm" />
              </p>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
