import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { makeQueryClient } from "@/components/providers/query-client";
import { getViewer } from "../auth/session";
import { db } from "../db";
import { appRouter } from "./root";
import { createContextInner } from "./trpc";

const createRscContext = cache(async () => createContextInner({ db: await db(), viewer: await getViewer() }));

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: createRscContext, queryClient: getQueryClient });

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  void getQueryClient().prefetchQuery(queryOptions);
}
