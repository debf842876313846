import "server-only";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { NextRequest } from "next/server";
import { logger } from "../logger";
import { clientAddress } from "../auth/client-address";
import { readSessionClaims } from "../auth/session-cookie";
import { resolveViewer } from "../auth/viewer";
import { db } from "../db";
import { createCaller } from "./root";
import { createContextInner } from "./trpc";
import { isDatabaseUnavailable } from "./errors";

type Caller = ReturnType<typeof createCaller>;

/**
 * A file download served through the tRPC procedures, so the session, the role and the access
 * module are checked exactly as for the pages. Errors keep the procedures' status codes and say
 * nothing about what exists.
 */
export async function csvDownload(req: NextRequest, run: (caller: Caller) => Promise<{ filename: string; csv: string }>) {
  const database = await db();
  const claims = await readSessionClaims(req);
  const viewer = await resolveViewer(database, claims as never);
  const ip = clientAddress(req.headers);
  try {
    const { filename, csv } = await run(createCaller(createContextInner({ db: database, viewer, ip })));
    // A byte-order mark so spreadsheet programs read the names as UTF-8.
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    if (err instanceof TRPCError && err.code !== "INTERNAL_SERVER_ERROR") {
      return new Response(err.message, { status: getHTTPStatusCodeFromError(err), headers: { "cache-control": "no-store" } });
    }
    if (isDatabaseUnavailable(err)) return new Response("The service is unavailable right now.", { status: 503 });
    logger.error({ err }, "export failed");
    return new Response("Something went wrong on our side.", { status: 500 });
  }
}
