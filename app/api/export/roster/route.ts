import type { NextRequest } from "next/server";
import { csvDownload } from "@/server/api/export-response";

export const dynamic = "force-dynamic";

/** The roster as CSV: ?team=<id> for one team, else every athlete the viewer sees. */
export function GET(req: NextRequest) {
  const team = req.nextUrl.searchParams.get("team");
  return csvDownload(req, (caller) => caller.exports.roster({ teamId: team || null }));
}
