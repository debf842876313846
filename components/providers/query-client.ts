import { type DefaultOptions, QueryClient } from "@tanstack/react-query";

/** What every query client shares, on the server (prefetch) and in the browser. */
const queryDefaults = { staleTime: 30_000, retry: 1 } satisfies DefaultOptions["queries"];

/** A query client; the server passes how it dehydrates, the browser how it reads what was dehydrated. */
export function makeQueryClient(options: Omit<DefaultOptions, "queries"> = {}) {
  return new QueryClient({ defaultOptions: { queries: queryDefaults, ...options } });
}
