"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { preloadAuthClient, signInWithCredentials as signIn } from "@/components/layout/auth-client";
import { CodeField } from "@/components/two-step/code-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ReadyFieldset, useHydrated } from "@/components/ui/ready-fieldset";
import { CODE_INVALID_ERROR, CODE_REQUIRED_ERROR, THROTTLED_ERROR } from "@/server/auth/sign-in-errors";
import type { SignInInput, TwoStepCodeInput } from "@/server/auth/sign-in-schema";

const NO_MATCH = "That email and password do not match an active account.";
const THROTTLED = "Too many attempts. Please wait a few minutes and try again.";

const signInResolver = lazyZodResolver(() => import("@/server/auth/sign-in-schema").then((m) => m.signInSchema));
const codeResolver = lazyZodResolver(() => import("@/server/auth/sign-in-schema").then((m) => m.twoStepCodeSchema));

/**
 * Email and password first; for an account with two-step sign-in, the same form then asks for
 * the code (only after the password was right, so it never tells who uses two-step sign-in).
 */
export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [credentials, setCredentials] = useState<SignInInput | null>(null);
  const form = useForm<SignInInput>({ resolver: signInResolver, defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  // Until React handles events a click would submit the form natively, sending the password in the URL.
  const hydrated = useHydrated();
  useEffect(preloadAuthClient, []);

  function done() {
    router.replace(callbackUrl ?? "/");
    router.refresh();
  }

  async function onSubmit(values: SignInInput) {
    setFailure(null);
    const result = await signIn(values);
    if (result?.error === CODE_REQUIRED_ERROR) {
      setCredentials(values);
      return;
    }
    if (!result || result.error) {
      setFailure(result?.error === THROTTLED_ERROR ? THROTTLED : NO_MATCH);
      return;
    }
    done();
  }

  if (credentials) {
    return (
      <CodeStep
        credentials={credentials}
        onSignedIn={done}
        onBack={(message) => {
          setCredentials(null);
          form.setValue("password", "");
          setFailure(message);
        }}
      />
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate method="post">
      <ReadyFieldset className="space-y-4">
        {failure && (
          <Alert variant="destructive" aria-label="Sign-in problem">
            {failure}
          </Alert>
        )}
        <Field label="Email" error={errors.email?.message}>
          <Input type="email" autoComplete="username" inputMode="email" {...form.register("email")} />
        </Field>
        <Field label="Password" error={errors.password?.message}>
          <Input type="password" autoComplete="current-password" {...form.register("password")} />
        </Field>
        <Button type="submit" className="w-full" disabled={isSubmitting || !hydrated}>
          {isSubmitting ? "Signing in…" : "Sign in"}
        </Button>
      </ReadyFieldset>
    </form>
  );
}

function CodeStep({ credentials, onSignedIn, onBack }: { credentials: SignInInput; onSignedIn: () => void; onBack: (message: string | null) => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<TwoStepCodeInput>({ resolver: codeResolver, defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit({ code }: TwoStepCodeInput) {
    setFailure(null);
    const result = await signIn({ ...credentials, code });
    if (result && !result.error) return onSignedIn();
    if (result?.error === CODE_INVALID_ERROR) {
      form.setValue("code", "");
      setFailure("That code did not work. Enter the code your app shows now; it changes every 30 seconds.");
      return;
    }
    if (result?.error === THROTTLED_ERROR) return setFailure(THROTTLED);
    // The password stopped working meanwhile (changed, or the account was deactivated).
    onBack(NO_MATCH);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate method="post">
      <ReadyFieldset className="space-y-4">
        <div className="space-y-1">
          <h2 className="font-semibold">Enter your code</h2>
          <p className="text-sm text-muted-foreground">
            Open the authenticator app on your phone and enter the 6-digit code it shows for Upright ({credentials.email}).
          </p>
        </div>
        {failure && (
          <Alert variant="destructive" aria-label="Sign-in problem">
            {failure}
          </Alert>
        )}
        <CodeField label="Code" autoFocus error={errors.code?.message} {...form.register("code")} />
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? "Checking…" : "Verify and sign in"}
        </Button>
        <Button type="button" variant="ghost" className="w-full" onClick={() => onBack(null)}>
          Use another account
        </Button>
        <p className="text-sm text-muted-foreground">Lost your phone? Ask an admin of your organisation to reset your two-step sign-in.</p>
      </ReadyFieldset>
    </form>
  );
}
