"use client";

import { LogOut } from "lucide-react";
import { signOut } from "@/components/layout/sign-out";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <Button variant="ghost" size="sm" onClick={() => void signOut()}>
      <LogOut aria-hidden className="size-4" />
      Sign out
    </Button>
  );
}
