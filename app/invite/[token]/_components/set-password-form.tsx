"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { preloadAuthClient, signInWithCredentials } from "@/components/layout/auth-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { SetPasswordForm as Values } from "@/server/schemas/account";
import { acceptInvitation } from "../actions";

const resolver = lazyZodResolver(() => import("@/server/schemas/account").then((m) => m.setPasswordForm));

export function SetPasswordForm({ token, email, submitLabel }: { token: string; email: string; submitLabel: string }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({ resolver, defaultValues: { password: "", confirm: "" } });
  const { errors, isSubmitting } = form.formState;
  useEffect(preloadAuthClient, []);

  async function onSubmit(values: Values) {
    setProblem(null);
    const result = await acceptInvitation(token, values);
    if (!result.ok) return setProblem(result.message);
    const session = await signInWithCredentials({ email: result.email, password: values.password });
    // The password is set either way; if signing in fails here, the sign-in page still works.
    router.replace(session && !session.error ? "/" : "/sign-in");
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      {problem && (
        <Alert variant="destructive" aria-label="Password not set">
          {problem}
        </Alert>
      )}
      <Field label="Email">
        <Input type="email" autoComplete="username" value={email} readOnly />
      </Field>
      <Field label="Password" description="12 to 128 characters. A few unrelated words are strong and easy to remember." error={errors.password?.message}>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </Field>
      <Field label="Password again" error={errors.confirm?.message}>
        <Input type="password" autoComplete="new-password" {...form.register("confirm")} />
      </Field>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
