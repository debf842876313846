import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { checkRole } from "@/server/auth/session";
import { ROLE_HOME } from "@/server/auth/viewer";
import type { Role } from "@/server/domain/vocab";
import { ROLE_LABEL } from "./nav-items";

/** Pages of one role; anyone else gets a plain explanation and a way home. The procedures check again. */
export async function RoleGate({ roles, children }: { roles: readonly Role[]; children: React.ReactNode }) {
  const { viewer, allowed } = await checkRole(roles);
  if (allowed) return <>{children}</>;
  return (
    <Card className="mx-auto mt-10 max-w-md">
      <CardHeader>
        <CardTitle>
          <h1>Not available for your role</h1>
        </CardTitle>
        <CardDescription>
          This page is for {roles.map((r) => ROLE_LABEL[r].toLowerCase()).join(" or ")} accounts. You are signed in as{" "}
          {ROLE_LABEL[viewer.role].toLowerCase()}.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button asChild>
          <Link href={ROLE_HOME[viewer.role]}>Go to your home page</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
