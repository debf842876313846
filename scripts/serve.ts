/**
 * One production server process (started by scripts/start.ts, once or per worker): Next serves
 * the pages and every other route, and tRPC calls are answered ahead of it by the same handler as
 * app/api/trpc, which Next's own bundle publishes at start (server/http/trpc-node.ts). `next dev`
 * keeps using the route.
 */
import http from "node:http";
import next from "next";
import { isTrpcCall, publishedTrpcListener } from "../server/http/trpc-listener";

/** How long requests in flight may take to finish once the process is asked to stop. */
const DRAIN_MS = 5_000;

async function main() {
  // What ps and top show for each server process (`next start` called its own "next-server").
  process.title = "upright-server";
  const port = Number(process.env.PORT ?? 3000);
  const app = next({ dev: false, port });
  await app.prepare();
  const handlePage = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    // Next runs instrumentation.ts, which publishes the listener, on its first request; until then
    // its route answers tRPC calls, with the same handler.
    const answerTrpc = isTrpcCall(req.url) ? publishedTrpcListener() : undefined;
    if (answerTrpc) void answerTrpc(req, res);
    else void handlePage(req, res);
  });
  server.listen(port, () => console.log(`Listening on port ${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), DRAIN_MS).unref();
    });
  }
}

main().catch((err: unknown) => {
  console.error("Upright could not start:", err);
  process.exit(1);
});
