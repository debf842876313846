import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ImportFlow } from "./_components/import-flow";

export const metadata: Metadata = { title: "Import athletes" };

export default function ImportPage() {
  return (
    <>
      <PageHeader
        title="Import athletes"
        description="Add many athletes at once from a spreadsheet. You see every row checked first; nothing is saved until you confirm."
      />
      <ImportFlow />
    </>
  );
}
