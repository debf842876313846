import "server-only";
import { defaultShouldDehydrateQuery, dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { makeQueryClient } from "@/components/providers/query-client";
import { getViewer } from "../auth/session";
import { db } from "../db";
import { appRouter } from "./root";
import { transformer } from "./transformer";
import { createContextInner } from "./trpc";

const createRscContext = cache(async () => createContextInner({ db: await db(), viewer: await getViewer() }));

export const getQueryClient = cache(() =>
  makeQueryClient({
    dehydrate: {
      serializeData: transformer.output.serialize,
      // Pending queries stream to the client so server components need not await them.
      shouldDehydrateQuery: (q) => defaultShouldDehydrateQuery(q) || q.state.status === "pending",
      // tRPC errors carry messages written for people (the formatter's rules); anything else stays redacted.
      shouldRedactErrors: (err) => !isPublicTrpcError(err),
    },
  }),
);

function isPublicTrpcError(err: unknown): boolean {
  const e = err as { name?: unknown; code?: unknown } | null;
  return e?.name === "TRPCError" && typeof e.code === "string" && e.code !== "INTERNAL_SERVER_ERROR";
}

export const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: createRscContext, queryClient: getQueryClient });

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  void getQueryClient().prefetchQuery(queryOptions);
}
