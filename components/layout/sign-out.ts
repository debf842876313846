/** next-auth's client (and the helpers it brings) loads only when someone signs out. */
export async function signOut(): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/sign-in" });
}
