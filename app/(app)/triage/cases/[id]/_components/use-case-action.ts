"use client";

import { useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/components/providers/trpc";

/** What every case action does afterwards: confirm, refresh the case and the queue, or say why it failed. */
export function useCaseAction(caseId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    onSuccess: (message: string) => {
      toast.success(message);
      return Promise.all([
        queryClient.invalidateQueries(trpc.case.byId.queryFilter({ id: caseId })),
        queryClient.invalidateQueries(trpc.triage.pathFilter()),
      ]);
    },
    onError: (err: { message: string }) => toast.error(err.message),
  };
}
