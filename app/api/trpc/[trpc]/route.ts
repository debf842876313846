import { readRequestSessionClaims, refreshedSessionCookie } from "@/server/auth/session-cookie";
import { appGate, db } from "@/server/db";
import { env } from "@/server/env";
import { handleTrpcRequest } from "@/server/http/trpc-handler";

export const dynamic = "force-dynamic";

/** Under `next dev` and `next start`; `npm start` answers tRPC calls ahead of Next (scripts/serve.ts). */
function handler(req: Request) {
  return handleTrpcRequest(req, {
    db,
    claims: readRequestSessionClaims,
    refreshCookie: refreshedSessionCookie,
    origin: env().NEXTAUTH_URL,
    gate: appGate,
  });
}

// GET is answered too, with 405: queries carry health data and go by POST only.
export { handler as GET, handler as POST };
