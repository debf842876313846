import type { NextRequest } from "next/server";
import { csvDownload } from "@/server/api/export-response";

export const dynamic = "force-dynamic";

/** One athlete's full history as CSV, for the athlete, their coaches and the clinic. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return csvDownload(req, (caller) => caller.exports.athleteHistory({ athleteId: id }));
}
