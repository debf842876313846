import { redirect } from "next/navigation";
import { getViewer } from "@/server/auth/session";
import { ROLE_HOME, TWO_STEP_SETUP_PATH } from "@/server/auth/viewer";

export const dynamic = "force-dynamic";

export default async function Home() {
  const viewer = await getViewer();
  redirect(!viewer ? "/sign-in" : viewer.twoStepDue ? TWO_STEP_SETUP_PATH : ROLE_HOME[viewer.role]);
}
