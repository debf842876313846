"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useTRPC } from "@/components/providers/trpc";
import { MyTeams } from "./my-teams";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";

// Each shows to one side only, athletes or staff: a chunk of its own that only the viewer's side
// loads. Both are server-rendered; the chunk is preloaded with the page (next/dynamic).
const AthleteProfileForm = dynamic(() => import("./athlete-profile-form").then((m) => m.AthleteProfileForm));
const TwoStepSetup = dynamic(() => import("@/components/two-step/two-step-setup").then((m) => m.TwoStepSetup));

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
