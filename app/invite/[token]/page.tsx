import type { Metadata } from "next";
import Link from "next/link";
import { NotMedicalAdvice } from "@/components/layout/not-medical-advice";
import { ROLE_LABEL } from "@/components/layout/nav-items";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { db } from "@/server/db";
import { CLOSED_LINK_MESSAGE } from "@/server/domain/invitation";
import { describeLink } from "@/server/services/accept-link";
import { SetPasswordForm } from "./_components/set-password-form";

// The token is a credential: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Choose your password", referrer: "no-referrer", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await describeLink(await db(), { token, now: new Date() });
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-sm flex-col justify-center gap-6 px-4 py-10">
      <div className="space-y-2 text-center">
        <p className="text-3xl font-semibold tracking-tight text-primary">Upright</p>
        {link.state === "open" ? (
          <>
            <h1 className="text-xl font-semibold">{link.kind === "reset" ? "Choose a new password" : `Welcome to ${link.orgName}`}</h1>
            <p className="text-sm text-muted-foreground">
              {link.kind === "reset"
                ? `For ${link.email}. Afterwards you are signed out on your other devices.`
                : `${link.name}, you are joining as ${ROLE_LABEL[link.role].toLowerCase()}. Choose a password to finish.`}
            </p>
          </>
        ) : (
          <h1 className="text-xl font-semibold">This link cannot be used</h1>
        )}
      </div>
      {link.state === "open" ? (
        <SetPasswordForm token={token} email={link.email} submitLabel={link.kind === "reset" ? "Set new password" : "Set password and sign in"} />
      ) : (
        <>
          <Alert variant="warning" aria-label="Link problem">
            {link.state === "unknown"
              ? "We do not know this link. Check that you copied all of it, or ask an admin of your organisation for a new one."
              : CLOSED_LINK_MESSAGE[link.state]}
          </Alert>
          <Button variant="outline" asChild>
            <Link href="/sign-in">Go to sign in</Link>
          </Button>
        </>
      )}
      <NotMedicalAdvice />
    </main>
  );
}
