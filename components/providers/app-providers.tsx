import { Toaster } from "@/components/ui/toaster";
import { TRPCReactProvider } from "./trpc";

/**
 * tRPC, React Query and toasts for the signed-in pages only: the sign-in and invitation pages
 * need none of them, and leaving them out keeps those first pages' JavaScript small.
 */
export function AppProviders({ children }: { children: React.ReactNode }) {
  return (
    <TRPCReactProvider>
      {children}
      <Toaster />
    </TRPCReactProvider>
  );
}
