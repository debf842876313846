import type { Role } from "../../server/domain/vocab";
import { SEED_ORGS } from "./people";

/** The logins printed at start and listed in the README: every staff member and the two named athletes. */
export const DEMO_ACCOUNTS: { role: Role; email: string; org: string }[] = SEED_ORGS.flatMap((org) => [
  ...org.staff.map((s) => ({ role: s.role as Role, email: s.email, org: org.name })),
  ...org.athletes.filter((a) => a.email.startsWith("athlete@")).map((a) => ({ role: "athlete" as Role, email: a.email, org: org.name })),
]);
