/** Plain words for the audit trail's action codes; a code without words is shown as it is. */
const LABELS: Record<string, string> = {
  "sign-in.succeeded": "Signed in",
  "sign-in.failed": "Sign-in failed",
  "sign-in.throttled": "Sign-in refused: too many attempts",
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
