import { AdherenceCard } from "./adherence-card";
import { CaseReasons } from "./case-reasons";
import { CaseTimeline } from "./case-timeline";
import type { CaseDetail, CaseRecordParts } from "./case-view";
import { EarlierCases } from "./earlier-cases";
import { OstrcWeeks } from "./ostrc-weeks";
import { PainReportsList } from "./pain-reports-list";
import { PainTimeline } from "./pain-timeline";

/**
 * The read-only record of a case as server components, so their code never reaches the browser.
 * A case action refreshes the page (use-case-action.ts), which renders them again.
 */
export function caseRecord(detail: CaseDetail): CaseRecordParts {
  return {
    reasons: <CaseReasons reasons={detail.case.reasons} />,
    painTimeline: <PainTimeline reports={detail.reports} />,
    reports: <PainReportsList reports={detail.reports} />,
    ostrcWeeks: <OstrcWeeks weeks={detail.ostrcWeeks} />,
    adherence: <AdherenceCard adherence={detail.adherence} />,
    earlierCases: <EarlierCases cases={detail.earlierCases} />,
    history: <CaseTimeline events={detail.events} assignments={detail.assignments} />,
  };
}
