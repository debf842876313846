import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import type { Role } from "../domain/vocab";
import { readSessionClaims } from "./session-cookie";
import { resolveViewer, TWO_STEP_SETUP_PATH, type Viewer } from "./viewer";

async function claimsFromCookies() {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const req = { headers: Object.fromEntries(headerStore.entries()), cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])) };
  return readSessionClaims(req);
}

/** The signed-in person for this request, checked against the database once per render. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await claimsFromCookies();
  return resolveViewer(await db(), claims as never);
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/** Every page but the enrolment: a session that must set up two-step sign-in is sent there. */
export async function requireViewerPastTwoStep(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (viewer.twoStepDue) redirect(TWO_STEP_SETUP_PATH);
  return viewer;
}

export type RoleCheck = { viewer: Viewer; allowed: boolean };

export async function checkRole(roles: readonly Role[]): Promise<RoleCheck> {
  const viewer = await requireViewerPastTwoStep();
  return { viewer, allowed: roles.includes(viewer.role) };
}

/**
 * For pages under a RoleGate layout: Next renders the page segment even when the layout refuses
 * it, so a page checks before it prefetches anything the role may not read.
 */
export async function viewerHasRole(roles: readonly Role[]): Promise<boolean> {
  const viewer = await getViewer();
  return viewer !== null && !viewer.twoStepDue && roles.includes(viewer.role);
}
