import Link from "next/link";
import type { Viewer } from "@/server/auth/viewer";
import { MainNav } from "./main-nav";
import { NAV_ITEMS, ROLE_LABEL } from "./nav-items";
import { NotificationBell } from "./notification-bell";
import { NotMedicalAdvice } from "./not-medical-advice";
import { UserMenu } from "./user-menu";

export function AppShell({ viewer, orgName, children }: { viewer: Viewer; orgName: string; children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-30 border-b border-border bg-background/95 backdrop-blur" data-print-hide>
        <div className="mx-auto flex h-14 w-full max-w-6xl items-center gap-3 px-4">
          <Link href="/" className="text-lg font-semibold tracking-tight text-primary">
            Upright
          </Link>
          <span className="hidden max-w-40 shrink-0 truncate text-sm text-muted-foreground lg:inline">{orgName}</span>
          <MainNav items={NAV_ITEMS[viewer.role]} />
          <div className="flex shrink-0 items-center gap-1">
            <NotificationBell />
            <UserMenu name={viewer.name} email={viewer.email} roleLabel={ROLE_LABEL[viewer.role]} />
          </div>
        </div>
      </header>
      {/* At least a screen tall (less the header), so the footer starts below the fold and stays put while the page streams in. */}
      <main className="mx-auto min-h-[calc(100dvh-3.5rem-1px)] w-full max-w-6xl flex-1 px-4 py-6">{children}</main>
      <footer className="border-t border-border" data-print-hide>
        <NotMedicalAdvice className="mx-auto max-w-6xl px-4 py-4" />
      </footer>
    </div>
  );
}
