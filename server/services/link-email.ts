import { queueEmail } from "../../db/queries/notifications";
import type { DbOrTx } from "../../db/client";
import { linkPath, type LinkKind, LINK_LIFETIME_DAYS } from "../domain/invitation";
import { env } from "../env";

/** Email counts as set up when an SMTP host is configured; the outbox sender does the rest. */
export function emailConfigured(): boolean {
  return Boolean(env().SMTP_HOST);
}

export function linkUrl(token: string): string {
  const base = (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return `${base}${linkPath(token)}`;
}

/** Queues the link by email when email is set up. Returns whether it was queued. */
export async function emailLink(
  db: DbOrTx,
  params: { orgId: string; orgName: string; kind: LinkKind; to: string; name: string; link: string },
): Promise<boolean> {
  if (!emailConfigured()) return false;
  const invite = params.kind === "invite";
  await queueEmail(db, {
    orgId: params.orgId,
    to: [params.to],
    subject: invite ? `You are invited to ${params.orgName} on Upright` : `Set a new password for Upright`,
    body: [
      `Hello ${params.name},`,
      "",
      invite
        ? `${params.orgName} has invited you to Upright. Open this link to choose your password:`
        : `An admin of ${params.orgName} has sent you a link to set a new password:`,
      params.link,
      "",
      `The link works once and expires in ${LINK_LIFETIME_DAYS} days. If you did not expect this email, you can ignore it.`,
    ].join("\n"),
  });
  return true;
}
