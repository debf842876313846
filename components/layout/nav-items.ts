import type { Role } from "@/server/domain/vocab";

/** `phoneHidden`: left out on phones, where the account menu has it. What does not fit goes in the bar's "More" menu. */
export type NavItem = { href: string; label: string; phoneHidden?: boolean };

/** Each role's sections; a link is listed only once its page exists. */
const ACCOUNT: NavItem = { href: "/account", label: "Account", phoneHidden: true };

export const NAV_ITEMS: Record<Role, NavItem[]> = {
  coach: [
    { href: "/coach", label: "Roster" },
    { href: "/coach/programs", label: "Programs" },
    { href: "/coach/exercises", label: "Exercises" },
    ACCOUNT,
  ],
  physio: [{ href: "/triage", label: "Triage" }, { href: "/clinic", label: "Clinic" }, ACCOUNT],
  athlete: [{ href: "/today", label: "Today" }, { href: "/progress", label: "Progress" }, { href: "/today/data", label: "Your data" }, ACCOUNT],
  admin: [
    { href: "/admin", label: "People" },
    { href: "/coach", label: "Roster" },
    { href: "/admin/teams", label: "Teams" },
    { href: "/clinic", label: "Clinic" },
    { href: "/admin/settings", label: "Settings" },
    { href: "/admin/audit", label: "Audit trail" },
    { href: "/admin/privacy", label: "Privacy" },
    ACCOUNT,
  ],
};

export const ROLE_LABEL: Record<Role, string> = {
  admin: "Admin",
  coach: "Coach",
  physio: "Physiotherapist",
  athlete: "Athlete",
};
