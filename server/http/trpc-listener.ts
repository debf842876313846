/**
 * Where scripts/serve.ts finds the tRPC listener that Next's server bundle builds at start
 * (trpc-node.ts). Kept free of the server's modules, so serve.ts loads none of them itself.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export type TrpcListener = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const LISTENER = Symbol.for("upright.trpcListener");
const slot = globalThis as Record<symbol, TrpcListener | undefined>;

export function setTrpcListener(listener: TrpcListener): void {
  slot[LISTENER] = listener;
}

/** undefined until Next has started (instrumentation.ts), and under `next dev`. */
export function publishedTrpcListener(): TrpcListener | undefined {
  return slot[LISTENER];
}

export function isTrpcCall(url: string | undefined): boolean {
  return url !== undefined && /^\/api\/trpc(?:[/?]|$)/.test(url);
}
