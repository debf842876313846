"use client";

import { useRouter } from "next/navigation";
import { TwoStepSetup } from "@/components/two-step/two-step-setup";

/** Once a code confirms it, on to the person's home page (every page is open to them now). */
export function SetupFlow({ home }: { home: string }) {
  const router = useRouter();
  return (
    <TwoStepSetup
      onEnabled={() => {
        router.replace(home);
        router.refresh();
      }}
    />
  );
}
