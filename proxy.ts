import { type NextRequest, NextResponse } from "next/server";
import { readSessionClaims } from "./server/auth/session-cookie";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./server/http/security-headers";

/** Paths a signed-out visitor may open; every other page sends them to sign in (and back). */
const PUBLIC = /^\/(sign-in|invite\/|api\/)/;

/**
 * Security headers on every response (pages, API, redirects), and the redirect of signed-out
 * visitors to /sign-in. Authorization is the procedures' job, never this file's: a token here
 * only means "someone signed in once", the database decides the rest on every request.
 */
export default async function proxy(req: NextRequest) {
  const nonce = newNonce();
  const https = process.env.NEXTAUTH_URL ? process.env.NEXTAUTH_URL.startsWith("https://") : req.nextUrl.protocol === "https:";
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  let res: NextResponse;
  if (!PUBLIC.test(req.nextUrl.pathname) && !(await readSessionClaims(req))) {
    const target = new URL("/sign-in", req.url);
    target.searchParams.set("callbackUrl", `${req.nextUrl.pathname}${req.nextUrl.search}`);
    res = NextResponse.redirect(target);
  } else {
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set("content-security-policy", csp);
    requestHeaders.set("x-nonce", nonce);
    res = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(securityHeaders({ csp, https }))) res.headers.set(name, value);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
