import { TRPCError } from "@trpc/server";
import QRCode from "qrcode";
import type { DbOrTx } from "../../db/client";
import { confirmPendingSecret, clearTwoStep, savePendingSecret, twoStepStateOf } from "../../db/queries/two-step";
import { badRequest, conflict, notFound } from "../api/errors";
import { verifyPassword } from "../auth/password";
import { attemptKeys, forgetAttempt, recordAttempt } from "../auth/rate-limit";
import { openTotpSecret, sealTotpSecret } from "../auth/totp-secret";
import { consumeCode } from "../auth/two-step";
import type { Viewer } from "../auth/viewer";
import { checkCode, groupSecret, newTotpSecret, otpauthUri } from "../domain/totp";
import { offersTwoStep, twoStepDue } from "../domain/two-step-rules";
import { audit } from "./audit";

type Caller = { viewer: Viewer; ip: string | null };

const WRONG_CODE = "That code did not work. Enter the code your app shows now (it changes every 30 seconds).";

async function stateOf(db: DbOrTx, viewer: Viewer) {
  const state = await twoStepStateOf(db, { userId: viewer.id });
  if (!state) throw notFound("Account");
  return state;
}

export async function twoStepStatus(db: DbOrTx, viewer: Viewer) {
  const state = await stateOf(db, viewer);
  const enabled = state.totpEnabledAt !== null;
  return {
    enabled,
    enabledAt: state.totpEnabledAt,
    /** The organisation requires it of staff (then it cannot be turned off by its owner). */
    required: state.orgRequires && offersTwoStep(state.role),
    due: twoStepDue({ role: state.role, orgRequires: state.orgRequires, enabled }),
  };
}

/**
 * A new secret, kept waiting until the person confirms a code from it. The secret (and its QR
 * code) is sent only here, before confirmation; starting again replaces it.
 */
export async function startEnrolment(db: DbOrTx, { viewer, ip }: Caller) {
  const state = await stateOf(db, viewer);
  if (state.totpEnabledAt) throw conflict("Two-step sign-in is on already. Turn it off first to move it to another app.");
  const secret = newTotpSecret();
  if (!(await savePendingSecret(db, { userId: viewer.id, sealed: sealTotpSecret(viewer.id, secret) }))) {
    throw conflict("Two-step sign-in was turned on meanwhile. Please reload the page.");
  }
  await audit(db, { orgId: viewer.orgId, actorId: viewer.id, action: "two-step.setup-started", entityType: "user", entityId: viewer.id, ip });
  const uri = otpauthUri(secret, viewer.email);
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret: groupSecret(secret), uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/** Turns two-step sign-in on once a code from the waiting secret is right. */
export async function confirmEnrolment(db: DbOrTx, { viewer, ip }: Caller, code: string, now = new Date()) {
  const state = await stateOf(db, viewer);
  if (state.totpEnabledAt) return { enabled: true };
  const secret = state.totpSecret ? openTotpSecret(viewer.id, state.totpSecret) : null;
  if (!state.totpSecret || !secret) throw badRequest("Start the set-up again: there is no code waiting to be confirmed.");
  const check = checkCode(secret, code, { nowMs: now.getTime(), lastStep: null });
  if (!check.ok) {
    await audit(db, { orgId: viewer.orgId, actorId: viewer.id, action: "two-step.setup-code-failed", entityType: "user", entityId: viewer.id, ip });
    throw badRequest(WRONG_CODE);
  }
  if (!(await confirmPendingSecret(db, { userId: viewer.id, sealed: state.totpSecret, step: check.step, now }))) {
    throw conflict("The set-up changed meanwhile (another window?). Please start again.");
  }
  await audit(db, { orgId: viewer.orgId, actorId: viewer.id, action: "two-step.enabled", entityType: "user", entityId: viewer.id, ip });
  return { enabled: true };
}

/**
 * Turning it off needs the password and a current code. Attempts count towards the sign-in
 * limit of the account, so a borrowed session cannot guess codes here either.
 */
export async function disableOwn(db: DbOrTx, { viewer, ip }: Caller, input: { password: string; code: string }, now = new Date()) {
  const state = await stateOf(db, viewer);
  if (!state.totpEnabledAt) return { enabled: false };
  if (state.orgRequires && offersTwoStep(state.role)) {
    throw badRequest("Your organisation requires two-step sign-in for staff, so it stays on. If you lost your phone, ask an admin to reset it.");
  }
  const ticket = await recordAttempt(db, attemptKeys(state.email, ip), now);
  if (!ticket.allowed) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Too many attempts. Please wait a few minutes and try again." });
  if (!state.passwordHash || !(await verifyPassword(state.passwordHash, input.password))) {
    await audit(db, { orgId: viewer.orgId, actorId: viewer.id, action: "two-step.disable-password-failed", entityType: "user", entityId: viewer.id, ip });
    throw badRequest("Your password is not right.");
  }
  const used = await consumeCode(db, state, input.code, now);
  if (!used.ok) {
    await audit(db, { orgId: viewer.orgId, actorId: viewer.id, action: "two-step.disable-code-failed", entityType: "user", entityId: viewer.id, ip, detail: { reason: used.reason } });
    throw badRequest(WRONG_CODE);
  }
  await forgetAttempt(db, ticket);
  await clearTwoStep(db, { userId: viewer.id, endSessions: false });
  await audit(db, { orgId: viewer.orgId, actorId: viewer.id, action: "two-step.disabled", entityType: "user", entityId: viewer.id, ip });
  return { enabled: false };
}
