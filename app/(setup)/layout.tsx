import { NotMedicalAdvice } from "@/components/layout/not-medical-advice";
import { AppProviders } from "@/components/providers/app-providers";
import { organisationById } from "@/db/queries/people";
import { requireViewer } from "@/server/auth/session";
import { db } from "@/server/db";
import { SignOutButton } from "./_components/sign-out-button";

export const dynamic = "force-dynamic";

/**
 * A plain frame for pages a session reaches before the app itself (two-step set-up): no
 * navigation or notifications, which such a session may not load yet.
 */
export default async function SetupLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const org = await organisationById(await db(), { orgId: viewer.orgId });
  return (
    <AppProviders>
      <div className="flex min-h-dvh flex-col">
        <header className="border-b border-border">
          <div className="mx-auto flex h-14 w-full max-w-2xl items-center gap-3 px-4">
            <span className="text-lg font-semibold tracking-tight text-primary">Upright</span>
            <span className="truncate text-sm text-muted-foreground">{org?.name ?? ""}</span>
            <div className="ml-auto shrink-0">
              <SignOutButton />
            </div>
          </div>
        </header>
        <main className="mx-auto w-full max-w-2xl flex-1 px-4 py-6">{children}</main>
        <footer className="border-t border-border">
          <NotMedicalAdvice className="mx-auto max-w-2xl px-4 py-4" />
        </footer>
      </div>
    </AppProviders>
  );
}
