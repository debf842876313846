/**
 * tRPC calls answered straight from Node's HTTP server, ahead of Next (scripts/serve.ts). The
 * answer is the route handler's own (trpc-handler.ts: origin check, session, security headers);
 * what this skips is Next's routing, its request wrappers and its per-request contexts, which a
 * CPU profile under load put at a quarter of a roster call's server time. Pages still go to Next.
 *
 * The listener is built inside Next's server bundle (instrumentation.ts publishes it) rather than
 * loaded a second time by serve.ts: one copy of the server code, so one drizzle, whose class
 * checks take a slow path on objects of another copy.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";
import { readRequestSessionClaims, refreshedSessionCookie } from "../auth/session-cookie";
import { appGate, db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { handleTrpcRequest, type TrpcDeps } from "./trpc-handler";
import { setTrpcListener } from "./trpc-listener";

/** Called once at start by instrumentation.ts, in Next's server bundle. */
export function publishTrpcListener(): void {
  const deps: TrpcDeps = { db, claims: readRequestSessionClaims, refreshCookie: refreshedSessionCookie, origin: env().NEXTAUTH_URL, gate: appGate };
  setTrpcListener((req, res) => answerTrpcCall(req, res, deps));
}

const gzipAsync = promisify(gzip);

/** The largest call body: an import of 1,000 athletes (300,000 characters) with room for its encoding. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Below this, compressing costs more than it saves. */
const COMPRESS_FROM_BYTES = 1024;

export async function answerTrpcCall(req: IncomingMessage, res: ServerResponse, deps: TrpcDeps): Promise<void> {
  // As `next start` does: the socket's address when no proxy has named one (client-address.ts decides whether to trust it).
  if (!req.headers["x-forwarded-for"] && req.socket.remoteAddress) req.headers["x-forwarded-for"] = req.socket.remoteAddress;
  try {
    const request = incomingMessageToRequest(req, res, { maxBodySize: MAX_BODY_BYTES });
    await writeResponse(req, res, await handleTrpcRequest(request, deps));
  } catch (err) {
    logger.error({ err }, "a tRPC call could not be answered");
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(res.headersSent ? undefined : JSON.stringify({ error: "Something went wrong on our side." }));
  }
}

async function writeResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  let body: Buffer = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  headers.vary = headers.vary ? `${headers.vary}, accept-encoding` : "accept-encoding";
  if (body.length >= COMPRESS_FROM_BYTES && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    body = await gzipAsync(body);
    headers["content-encoding"] = "gzip";
  }
  headers["content-length"] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}
