import { RoleGate } from "@/components/layout/role-gate";

export default function TriageLayout({ children }: { children: React.ReactNode }) {
  return <RoleGate roles={["physio"]}>{children}</RoleGate>;
}
