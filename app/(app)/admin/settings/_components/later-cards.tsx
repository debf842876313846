"use client";

import { Suspense } from "react";
import { belowTheFold } from "@/components/ui/below-the-fold";

// Under the long settings form.
const StaffTwoStepCard = belowTheFold(() => import("./staff-two-step-card").then((m) => m.StaffTwoStepCard));
const EmailCard = belowTheFold(() => import("./email-card").then((m) => m.EmailCard));

/** Two-step sign-in for staff, and email: the cards under the organisation's settings form. */
export function LaterCards() {
  return (
    <Suspense fallback={null}>
      <StaffTwoStepCard />
      <EmailCard />
    </Suspense>
  );
}
