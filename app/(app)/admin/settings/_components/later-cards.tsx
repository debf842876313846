"use client";

import { lazy, Suspense } from "react";

// Below the long settings form, each in a chunk of its own: server-rendered, fetched as soon as
// this module runs, and behind their own boundary so that the form above does not wait for them.
const loadStaffTwoStep = () => import("./staff-two-step-card");
const loadEmail = () => import("./email-card");
if (typeof window !== "undefined") Promise.all([loadStaffTwoStep(), loadEmail()]).catch(() => undefined);
const StaffTwoStepCard = lazy(() => loadStaffTwoStep().then((m) => ({ default: m.StaffTwoStepCard })));
const EmailCard = lazy(() => loadEmail().then((m) => ({ default: m.EmailCard })));

/** Two-step sign-in for staff, and email: the cards under the organisation's settings form. */
export function LaterCards() {
  return (
    <Suspense fallback={null}>
      <StaffTwoStepCard />
      <EmailCard />
    </Suspense>
  );
}
