import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { appRouter } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { resolveViewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

async function handler(req: NextRequest) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    allowMethodOverride: true,
    async createContext() {
      const database = await db();
      const claims = await getToken({ req, secret: env().NEXTAUTH_SECRET });
      const viewer = await resolveViewer(database, claims as never);
      const ip = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
      return createContextInner({ db: database, viewer, ip });
    },
    responseMeta() {
      return { headers: new Headers({ "cache-control": "no-store" }) };
    },
  });
}

export { handler as GET, handler as POST };
