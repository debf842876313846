"use client";

import { LogOut } from "lucide-react";
import { signOut } from "@/components/layout/auth-client";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <Button variant="ghost" size="sm" onClick={() => void signOut()}>
      <LogOut aria-hidden className="size-4" />
      Sign out
    </Button>
  );
}
