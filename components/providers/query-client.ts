import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import { transformer } from "@/server/api/transformer";

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1 },
      dehydrate: {
        serializeData: transformer.serialize,
        // Pending queries stream to the client so server components need not await them.
        shouldDehydrateQuery: (q) => defaultShouldDehydrateQuery(q) || q.state.status === "pending",
        // tRPC errors carry messages written for people (the formatter's rules); anything else stays redacted.
        shouldRedactErrors: (err) => !isPublicTrpcError(err),
      },
      hydrate: { deserializeData: transformer.deserialize },
    },
  });
}

function isPublicTrpcError(err: unknown): boolean {
  const e = err as { name?: unknown; code?: unknown } | null;
  return e?.name === "TRPCError" && typeof e.code === "string" && e.code !== "INTERNAL_SERVER_ERROR";
}
