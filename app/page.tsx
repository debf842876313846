import { redirect } from "next/navigation";
import { getViewer } from "@/server/auth/session";
import { ROLE_HOME } from "@/server/auth/viewer";

export const dynamic = "force-dynamic";

export default async function Home() {
  const viewer = await getViewer();
  redirect(viewer ? ROLE_HOME[viewer.role] : "/sign-in");
}
