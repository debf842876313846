"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { TwoStepSetup } from "@/components/two-step/two-step-setup";
import { AthleteProfileForm } from "./athlete-profile-form";
import { MyTeams } from "./my-teams";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";

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
