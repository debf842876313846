import type { Thresholds } from "@/server/domain/escalation";
import type { CaseTier } from "@/server/domain/vocab";

/** How each threshold reads to an admin: what it does and in which unit. */
export const THRESHOLD_FIELDS: { key: keyof Thresholds; label: string; unit: string; description: string }[] = [
  { key: "severePain", label: "Severe pain", unit: "out of 10", description: "A report at or above this score opens a same-day case." },
  { key: "worseningStep", label: "Worsening", unit: "points", description: "A rise of this many points since the last report, or in the weekly average, opens a routine case." },
  { key: "persistencePain", label: "Lasting pain: score", unit: "out of 10", description: "Pain at or above this score on every report counts as lasting pain." },
  { key: "persistenceDays", label: "Lasting pain: days", unit: "days", description: "Lasting pain for more than this many days opens a routine case. Guidelines often wait 2 to 4 weeks; a shorter span is more cautious." },
  { key: "historyPain", label: "History of back problems", unit: "out of 10", description: "For athletes with a history of back problems, pain at or above this score opens a routine case." },
  { key: "silencePain", label: "Check-in: score", unit: "out of 10", description: "After a report at or above this score, a long silence matters." },
  { key: "silenceDays", label: "Check-in: days", unit: "days", description: "This many days without a report after such pain opens a watch case, so someone checks in." },
];

export const DEADLINE_FIELDS: { tier: CaseTier; label: string }[] = [
  { tier: "emergency", label: "Emergency cases" },
  { tier: "same-day", label: "Same-day cases" },
  { tier: "routine", label: "Routine cases" },
  { tier: "watch", label: "Watch cases" },
];
