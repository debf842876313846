import { withAuth } from "next-auth/middleware";

// Only the redirect of signed-out visitors to /sign-in (and back). Authorization is the procedures' job.
export default withAuth({ pages: { signIn: "/sign-in" } });

export const config = {
  matcher: ["/((?!sign-in|invite/|api/auth|api/health|api/trpc|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
