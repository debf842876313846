"use client";

import { ClinicalNotes } from "./clinical-notes";
import type { CaseDetail } from "./case-view";
import { ResolveCard } from "./resolve-card";
import { ReturnToRunCard } from "./return-to-run-card";

/** The forms a physio acts with: return to run, notes, resolve. */
export function CaseActions({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <ReturnToRunCard caseId={detail.case.id} current={detail.returnToRun} />
      <ClinicalNotes caseId={detail.case.id} notes={detail.notes} />
      <ResolveCard caseId={detail.case.id} status={detail.case.status} outcome={detail.case.outcome} />
    </>
  );
}
