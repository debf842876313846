/**
 * One production server process (started by scripts/start.ts, once or per worker): Next serves
 * the pages and every other route, and tRPC calls are answered ahead of it by the same handler as
 * app/api/trpc (server/http/trpc-node.ts). `next dev` keeps using that route.
 */
import http from "node:http";
import next from "next";
import { readRequestSessionClaims, refreshedSessionCookie } from "../server/auth/session-cookie";
import { db } from "../server/db";
import { env } from "../server/env";
import { answerTrpcCall, isTrpcCall } from "../server/http/trpc-node";
import { logger } from "../server/logger";

/** How long requests in flight may take to finish once the process is asked to stop. */
const DRAIN_MS = 5_000;

async function main() {
  // What ps and top show for each server process (`next start` called its own "next-server").
  process.title = "upright-server";
  const port = Number(process.env.PORT ?? 3000);
  const app = next({ dev: false, port });
  await app.prepare();
  const handlePage = app.getRequestHandler();
  const deps = { db, claims: readRequestSessionClaims, refreshCookie: refreshedSessionCookie, origin: env().NEXTAUTH_URL };
  const server = http.createServer((req, res) => {
    if (isTrpcCall(req.url)) void answerTrpcCall(req, res, deps);
    else void handlePage(req, res);
  });
  server.listen(port, () => logger.info({ port }, "listening"));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), DRAIN_MS).unref();
    });
  }
}

main().catch((err: unknown) => {
  logger.fatal({ err }, "the server could not start");
  process.exit(1);
});
