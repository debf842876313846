import { RoleGate } from "@/components/layout/role-gate";

/** The roster and athlete pages serve coaches (their teams) and admins (the whole organisation); programs and exercises have their own gate. */
export default function CoachLayout({ children }: { children: React.ReactNode }) {
  return <RoleGate roles={["coach", "admin"]}>{children}</RoleGate>;
}
