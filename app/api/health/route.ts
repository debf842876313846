import { databaseAnswers } from "@/server/db";
import { healthResponse } from "@/server/http/health";

export const dynamic = "force-dynamic";

export function GET() {
  return healthResponse(() => databaseAnswers());
}
