import { RoleGate } from "@/components/layout/role-gate";

export default function ProgressLayout({ children }: { children: React.ReactNode }) {
  return <RoleGate roles={["athlete"]}>{children}</RoleGate>;
}
