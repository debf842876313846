/** Single-use links (invitations and password resets): how long they live and what state they are in. */

export const LINK_LIFETIME_DAYS = 7;

export type LinkKind = "invite" | "reset";
export type LinkState = "open" | "used" | "revoked" | "expired";

export function linkExpiry(now: Date): Date {
  return new Date(now.getTime() + LINK_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}

/** Used and revoked win over expired: the plainest true statement about the link. */
export function linkState(link: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): LinkState {
  if (link.usedAt) return "used";
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}

/** What the invite page says when a link cannot be used. */
export const CLOSED_LINK_MESSAGE: Record<Exclude<LinkState, "open">, string> = {
  used: "This link has been used already. If that was you, sign in with your password.",
  revoked: "This link was withdrawn by an admin of your organisation. Ask them for a new one.",
  expired: "This link has expired: links last 7 days. Ask an admin of your organisation for a new one.",
};

export function linkPath(token: string): string {
  return `/invite/${token}`;
}
