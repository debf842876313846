import type { NextRequest } from "next/server";
import { readSessionClaims, refreshedSessionCookie } from "@/server/auth/session-cookie";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { handleTrpcRequest } from "@/server/http/trpc-handler";

export const dynamic = "force-dynamic";

function handler(req: NextRequest) {
  return handleTrpcRequest(req, {
    db,
    claims: (r) => readSessionClaims(r as NextRequest),
    refreshCookie: refreshedSessionCookie,
    origin: env().NEXTAUTH_URL,
  });
}

// GET is answered too, with 405: queries carry health data and go by POST only.
export { handler as GET, handler as POST };
