import { RoleGate } from "@/components/layout/role-gate";

export default function ClinicLayout({ children }: { children: React.ReactNode }) {
  return <RoleGate roles={["physio", "admin"]}>{children}</RoleGate>;
}
