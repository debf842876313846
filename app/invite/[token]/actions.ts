"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/server/auth/client-address";
import { db } from "@/server/db";
import { setPasswordForm } from "@/server/schemas/account";
import { acceptLink } from "@/server/services/accept-link";

export type AcceptState = { ok: true; email: string } | { ok: false; message: string };

/** Public on purpose: the token is the credential. The service checks it and uses it once. */
export async function acceptInvitation(token: string, values: { password: string; confirm: string }): Promise<AcceptState> {
  const parsed = setPasswordForm.safeParse(values);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the password." };
  const ip = clientAddress(await headers());
  return acceptLink(await db(), { token: String(token).slice(0, 100), password: parsed.data.password, now: new Date(), ip });
}
