import type { Role } from "@/server/domain/vocab";

export type NavItem = { href: string; label: string };

/** Each role's sections; a link is listed only once its page exists. */
export const NAV_ITEMS: Record<Role, NavItem[]> = {
  coach: [
    { href: "/coach", label: "Roster" },
    { href: "/coach/programs", label: "Programs" },
    { href: "/coach/exercises", label: "Exercises" },
  ],
  physio: [
    { href: "/triage", label: "Triage" },
    { href: "/clinic", label: "Clinic" },
  ],
  athlete: [
    { href: "/today", label: "Today" },
    { href: "/progress", label: "Progress" },
  ],
  admin: [
    { href: "/admin", label: "People" },
    { href: "/clinic", label: "Clinic" },
  ],
};

export const ROLE_LABEL: Record<Role, string> = {
  admin: "Admin",
  coach: "Coach",
  physio: "Physiotherapist",
  athlete: "Athlete",
};
