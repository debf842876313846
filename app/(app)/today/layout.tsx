import { RoleGate } from "@/components/layout/role-gate";

export default function TodayLayout({ children }: { children: React.ReactNode }) {
  return <RoleGate roles={["athlete"]}>{children}</RoleGate>;
}
