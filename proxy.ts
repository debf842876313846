import { withAuth } from "next-auth/middleware";
import { NextResponse } from "next/server";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./server/http/security-headers";

/** Paths a signed-out visitor may open; every other page sends them to sign in (and back). */
const PUBLIC = /^\/(sign-in|api\/)/;

/**
 * Security headers on every response, and the redirect of signed-out visitors to /sign-in.
 * Authorization is the procedures' job, never this file's.
 */
export default withAuth(
  function proxy(req) {
    const nonce = newNonce();
    const https = process.env.NEXTAUTH_URL?.startsWith("https://") ?? req.nextUrl.protocol === "https:";
    const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set("content-security-policy", csp);
    requestHeaders.set("x-nonce", nonce);
    const res = NextResponse.next({ request: { headers: requestHeaders } });
    for (const [name, value] of Object.entries(securityHeaders({ csp, https }))) res.headers.set(name, value);
    return res;
  },
  {
    pages: { signIn: "/sign-in" },
    callbacks: { authorized: ({ req, token }) => PUBLIC.test(req.nextUrl.pathname) || token !== null },
  },
);

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
