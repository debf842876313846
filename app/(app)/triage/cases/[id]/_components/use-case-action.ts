"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";

/**
 * What every case action does afterwards: confirm, refresh the case and the queue, or say why it
 * failed. The refresh covers both halves of the page: the client query, and the server-rendered
 * record (its history gains the action).
 */
export function useCaseAction(caseId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return {
    onSuccess: (message: string) => {
      toast.success(message);
      return Promise.all([
        queryClient.invalidateQueries(trpc.case.byId.queryFilter({ id: caseId })),
        queryClient.invalidateQueries(trpc.triage.pathFilter()),
      ]).then(() => router.refresh());
    },
    onError: (err: { message: string }) => toast.error(err.message),
  };
}
