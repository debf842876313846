import { AppProviders } from "@/components/providers/app-providers";
import { AppShell } from "@/components/layout/app-shell";
import { organisationById } from "@/db/queries/people";
import { requireViewerPastTwoStep } from "@/server/auth/session";
import { db } from "@/server/db";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewerPastTwoStep();
  const org = await organisationById(await db(), { orgId: viewer.orgId });
  return (
    <AppProviders>
      <AppShell viewer={viewer} orgName={org?.name ?? ""}>
        {children}
      </AppShell>
    </AppProviders>
  );
}
