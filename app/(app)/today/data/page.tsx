import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { viewerHasRole } from "@/server/auth/session";
import { MyData } from "./_components/my-data";

export const metadata: Metadata = { title: "Your data" };

export default async function MyDataPage() {
  if (!(await viewerHasRole(["athlete"]))) return null;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Your data"
        description="Download everything Upright stores about you: your pain reports, check-offs, programs, clinic cases and who looked at them."
      />
      <MyData />
    </div>
  );
}
