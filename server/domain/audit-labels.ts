/** Plain words for the audit trail's action codes; a code without words is shown as it is. */
const LABELS: Record<string, string> = {
  "sign-in.succeeded": "Signed in",
  "sign-in.failed": "Sign-in failed",
  "sign-in.throttled": "Sign-in refused: too many attempts",
  "sign-in.totp-required": "Password accepted, asked for a two-step code",
  "sign-in.totp-failed": "Sign-in failed: two-step code not accepted",
  "two-step.setup-started": "Started setting up two-step sign-in",
  "two-step.setup-code-failed": "Two-step set-up: code not accepted",
  "two-step.enabled": "Turned on two-step sign-in",
  "two-step.disabled": "Turned off two-step sign-in",
  "two-step.disable-password-failed": "Turning off two-step sign-in: wrong password",
  "two-step.disable-code-failed": "Turning off two-step sign-in: code not accepted",
  "person.two-step-reset": "Reset a person's two-step sign-in",
  "organisation.staff-two-step-required": "Required two-step sign-in for staff",
  "organisation.staff-two-step-optional": "Made two-step sign-in optional for staff",
  "access.refused": "Access refused",
  "case.read": "Opened a case",
  "pain-reports.read": "Viewed pain reports",
  "athlete.read": "Viewed an athlete (pain details not shared)",
  "pain-report.create": "Sent a pain report",
  "pain-report.correct": "Corrected a pain report",
  "data.exported": "Downloaded their data",
  "athlete.erased": "Erased an athlete",
  "account.updated": "Updated their account",
  "account.password-changed": "Changed their password",
  "account.athlete-profile-updated": "Updated their athlete profile",
  "person.role-changed": "Changed a person's role",
  "person.teams-changed": "Changed a person's teams",
  "person.password-reset-link": "Made a password reset link",
  "invitation.created": "Invited someone",
  "invitation.renewed": "Renewed an invitation",
  "invitation.revoked": "Revoked an invitation",
  "organisation.settings-changed": "Changed organisation settings",
  "people.imported": "Imported athletes",
  "team.created": "Created a team",
  "team.renamed": "Renamed a team",
};

export function auditActionLabel(action: string): string {
  if (LABELS[action]) return LABELS[action];
  if (action.startsWith("write:")) return `Saved a change (${action.slice(6)})`;
  return action;
}
