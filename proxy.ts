import { withAuth } from "next-auth/middleware";

// Only the redirect of signed-out visitors to /sign-in (and back). Authorization is the procedures' job;
// API routes (tRPC, exports) answer 401 themselves instead of redirecting.
export default withAuth({ pages: { signIn: "/sign-in" } });

export const config = {
  matcher: ["/((?!sign-in|api/auth|api/health|api/trpc|api/export|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
