"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ReadyFieldset, useHydrated } from "@/components/ui/ready-fieldset";
import { type SignInInput, signInSchema, THROTTLED_ERROR } from "@/server/auth/sign-in-schema";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  // Until React handles events a click would submit the form natively, sending the password in the URL.
  const hydrated = useHydrated();

  async function onSubmit(values: SignInInput) {
    setFailure(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFailure(
        result?.error === THROTTLED_ERROR
          ? "Too many attempts. Please wait a few minutes and try again."
          : "That email and password do not match an active account.",
      );
      return;
    }
    router.replace(callbackUrl ?? "/");
    router.refresh();
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
