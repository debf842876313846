import type { Role } from "./vocab";

/** Who is offered two-step sign-in and when it is due. No dependencies: the browser uses these too. */

/** Six digits, spaces and dashes allowed in between ("123 456"); null for anything else. */
export function normaliseCode(input: string | null | undefined): string | null {
  if (typeof input !== "string") return null;
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** Two-step sign-in is for staff; athletes never see it. */
export function offersTwoStep(role: Role): boolean {
  return role !== "athlete";
}

/**
 * A staff member of an organisation that requires two-step sign-in, who has not set it up:
 * their session reaches only the enrolment until they confirm a code.
 */
export function twoStepDue(p: { role: Role; orgRequires: boolean; enabled: boolean }): boolean {
  return offersTwoStep(p.role) && p.orgRequires && !p.enabled;
}
