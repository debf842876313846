import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { JWT } from "next-auth/jwt";
import type { Db } from "../../db/client";
import { appRouter } from "../api/root";
import { createContextInner } from "../api/trpc";
import { clientAddress } from "../auth/client-address";
import { resolveViewer } from "../auth/viewer";
import { epochSeconds } from "../domain/session-policy";
import type { Gate } from "./request-gate";
import { checkTrpcRequest, expectedOrigin, refusalResponse } from "./request-guard";
import { apiSecurityHeaders } from "./security-headers";

export type TrpcDeps = {
  db: () => Promise<Db>;
  claims: (req: Request) => Promise<JWT | null>;
  /** A Set-Cookie value that moves last-seen forward, or null when no refresh is due. */
  refreshCookie: (claims: JWT, nowSeconds: number) => Promise<string | null>;
  origin: string | undefined;
  now?: () => Date;
  /** Admits the call to the database (request-gate.ts); tests go straight in. */
  gate?: Gate;
};

/** The whole HTTP side of tRPC, without Next, so tests can send it real requests. */
export async function handleTrpcRequest(req: Request, deps: TrpcDeps): Promise<Response> {
  const res = await (deps.gate ? deps.gate(() => answer(req, deps)) : answer(req, deps));
  for (const [name, value] of Object.entries(apiSecurityHeaders({ https: (deps.origin ?? req.url).startsWith("https://") }))) res.headers.set(name, value);
  return res;
}

async function answer(req: Request, deps: TrpcDeps): Promise<Response> {
  const refusal = checkTrpcRequest(req, expectedOrigin(req, deps.origin));
  if (refusal) return refusalResponse(refusal);
  let setCookie: string | null = null;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    allowMethodOverride: true,
    async createContext() {
      const now = deps.now?.() ?? new Date();
      const database = await deps.db();
      const claims = await deps.claims(req);
      const viewer = await resolveViewer(database, claims, now);
      if (viewer && claims) setCookie = await deps.refreshCookie(claims, epochSeconds(now));
      return createContextInner({ db: database, viewer, ip: clientAddress(req.headers) });
    },
    responseMeta() {
      const headers = new Headers({ "cache-control": "no-store" });
      if (setCookie) headers.append("set-cookie", setCookie);
      return { headers };
    },
  });
}
