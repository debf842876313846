"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { lazy } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { MyTeams } from "./my-teams";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";

// Each shows to one side only, athletes or staff: a chunk of its own that only the viewer's side
// loads, once hydration reaches it (next/dynamic would preload it, for ~1.5 kB of its own code).
// Both are server-rendered, and their controls wait for their own hydration (ReadyFieldset).
const AthleteProfileForm = lazy(() => import("./athlete-profile-form").then((m) => ({ default: m.AthleteProfileForm })));
const TwoStepSetup = lazy(() => import("@/components/two-step/two-step-setup").then((m) => ({ default: m.TwoStepSetup })));

export function AccountSections({ timeZones }: { timeZones: string[] }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.account.get.queryOptions());
  return (
    <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
      <div className="space-y-6">
        <ProfileForm account={data} timeZones={timeZones} />
        {data.athleteProfile && <AthleteProfileForm profile={data.athleteProfile} weekStartsOn={data.weekStartsOn} />}
      </div>
      <div className="space-y-6">
        <PasswordForm email={data.email} />
        {data.role !== "athlete" && <TwoStepSetup />}
        <MyTeams role={data.role} teams={data.teams} />
      </div>
    </div>
  );
}
