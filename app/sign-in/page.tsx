import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NotMedicalAdvice } from "@/components/layout/not-medical-advice";
import { getViewer } from "@/server/auth/session";
import { ROLE_HOME } from "@/server/auth/viewer";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const viewer = await getViewer();
  const { callbackUrl } = await searchParams;
  const target = safeCallback(callbackUrl);
  if (viewer) redirect(target ?? ROLE_HOME[viewer.role]);
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-sm flex-col justify-center gap-6 px-4 py-10">
      <div className="space-y-2 text-center">
        <p className="text-3xl font-semibold tracking-tight text-primary">Upright</p>
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="text-sm text-muted-foreground">Back care for runners, their coaches and their clinic.</p>
      </div>
      <SignInForm callbackUrl={target} />
      <NotMedicalAdvice />
    </main>
  );
}

/** Only same-site paths: an open redirect would hand a phishing page our sign-in. */
function safeCallback(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, "http://local");
    if (parsed.origin !== "http://local" && !url.startsWith("http")) return null;
    const path = parsed.pathname + parsed.search;
    return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/sign-in") ? path : null;
  } catch {
    return null;
  }
}
