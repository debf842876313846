import { whenIdle } from "@/components/ui/when-idle";

// next-auth's client (and the helpers it brings) loads after the page, not with it.
const load = () => import("next-auth/react");

/** Fetch next-auth's client when the browser is idle, so a sign-in does not wait for it. */
export function preloadAuthClient(): () => void {
  return whenIdle(() => void load().catch(() => {}));
}

/** signIn("credentials") without a redirect: the caller reads the result. */
export async function signInWithCredentials(values: Record<string, string>) {
  const { signIn } = await load();
  return signIn("credentials", { ...values, redirect: false });
}

export async function signOut(): Promise<void> {
  const { signOut } = await load();
  await signOut({ callbackUrl: "/sign-in" });
}
