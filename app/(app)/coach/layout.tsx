import { RoleGate } from "@/components/layout/role-gate";

export default function CoachLayout({ children }: { children: React.ReactNode }) {
  return <RoleGate roles={["coach"]}>{children}</RoleGate>;
}
