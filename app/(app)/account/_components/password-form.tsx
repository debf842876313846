"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { preloadAuthClient, signInWithCredentials } from "@/components/layout/auth-client";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CODE_REQUIRED_ERROR } from "@/server/auth/sign-in-errors";
import type { PasswordChangeForm } from "@/server/schemas/account";

const resolver = lazyZodResolver(() => import("@/server/schemas/account").then((m) => m.passwordChangeForm));

const EMPTY: PasswordChangeForm = { currentPassword: "", newPassword: "", confirm: "" };

export function PasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<PasswordChangeForm>({ resolver, defaultValues: EMPTY });
  useEffect(preloadAuthClient, []);
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: async (_r, vars) => {
        form.reset(EMPTY);
        // The change signs out every session, this one too: sign straight back in with the new password.
        const again = await signInWithCredentials({ email, password: vars.newPassword });
        if (!again || again.error) {
          // With two-step sign-in on, signing back in needs a code: the sign-in page asks for it.
          if (again?.error === CODE_REQUIRED_ERROR) toast.success("Password changed. Sign in again with your new password and a code.");
          router.replace("/sign-in");
          return;
        }
        toast.success("Password changed. Other devices are signed out.");
        router.refresh();
      },
      onError: (err) => form.setError(err.message.includes("current password") ? "currentPassword" : "newPassword", { message: err.message }),
    }),
  );
  const { errors } = form.formState;

  return (
    <Card>
      <form onSubmit={form.handleSubmit(({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword }))} noValidate>
        <CardHeader>
          <CardTitle>
            <h2>Password</h2>
          </CardTitle>
          <CardDescription>12 to 128 characters. A few unrelated words make a strong password that is easy to remember.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <input type="email" autoComplete="username" value={email} readOnly hidden />
          <Field label="Current password" error={errors.currentPassword?.message}>
            <Input type="password" autoComplete="current-password" {...form.register("currentPassword")} />
          </Field>
          <Field label="New password" error={errors.newPassword?.message}>
            <Input type="password" autoComplete="new-password" {...form.register("newPassword")} />
          </Field>
          <Field label="New password again" error={errors.confirm?.message}>
            <Input type="password" autoComplete="new-password" {...form.register("confirm")} />
          </Field>
        </CardContent>
        <CardFooter>
          <Button type="submit" disabled={change.isPending}>
            {change.isPending ? "Changing…" : "Change password"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
