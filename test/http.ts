import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { encode, type JWT } from "next-auth/jwt";
import { transformer } from "../server/api/transformer";
import type { Db } from "../db/client";
import type { AppRouter } from "../server/api/root";
import { readRequestSessionClaims, refreshedSessionCookie, sessionCookie, sessionSecret } from "../server/auth/session-cookie";
import { epochSeconds, LONGEST_SESSION_SECONDS } from "../server/domain/session-policy";
import { handleTrpcRequest, type TrpcDeps } from "../server/http/trpc-handler";
import { viewerByEmail } from "./db";

export const ORIGIN = "http://upright.test";

/** A signed session cookie for a demo account, as next-auth would have set it at sign-in. */
export async function sessionCookieFor(db: Db, email: string, times: { authAt?: number; seenAt?: number } = {}, extra: Partial<JWT> = {}) {
  const viewer = await viewerByEmail(db, email);
  const [row] = (await db.query.users.findMany({ where: (u, { eq }) => eq(u.id, viewer.id), columns: { sessionVersion: true } })) ?? [];
  const now = epochSeconds(new Date());
  const token: JWT = { uid: viewer.id, role: viewer.role, orgId: viewer.orgId, sv: row?.sessionVersion ?? 1, authAt: times.authAt ?? now, seenAt: times.seenAt ?? now, ...extra };
  const value = await encode({ token, secret: sessionSecret()!, maxAge: LONGEST_SESSION_SECONDS });
  return `${sessionCookie().name}=${value}`;
}

export function deps(db: Db, over: Partial<TrpcDeps> = {}): TrpcDeps {
  return {
    db: async () => db,
    claims: readRequestSessionClaims,
    refreshCookie: refreshedSessionCookie,
    origin: ORIGIN,
    ...over,
  };
}

/** The app's own tRPC client, talking to the HTTP handler in process. */
export function httpClient(db: Db, opts: { cookie?: string; headers?: Record<string, string>; deps?: Partial<TrpcDeps>; onResponse?: (res: Response) => void } = {}) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${ORIGIN}/api/trpc`,
        transformer,
        methodOverride: "POST",
        headers: () => ({ origin: ORIGIN, "sec-fetch-site": "same-origin", ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers }),
        fetch: async (url, init) => {
          const res = await handleTrpcRequest(new Request(url, init as RequestInit), deps(db, opts.deps));
          opts.onResponse?.(res);
          return res;
        },
      }),
    ],
  });
}
