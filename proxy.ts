import { type NextRequest, NextResponse } from "next/server";
import { pageVisitCookie, readSessionClaims } from "./server/auth/session-cookie";
import { epochSeconds } from "./server/domain/session-policy";
import { env } from "./server/env";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./server/http/security-headers";

/** Paths a signed-out visitor may open; every other page sends them to sign in (and back). */
const PUBLIC = /^\/(sign-in|invite\/|api\/|icon\.svg$)/;

/** Link prefetches the browser or Next's router make on their own: not the person's activity. */
function isPrefetch(req: NextRequest): boolean {
  return req.headers.has("next-router-prefetch") || /prefetch/i.test(req.headers.get("sec-purpose") ?? req.headers.get("purpose") ?? "");
}

/**
 * Security headers on every response (pages, other API routes, redirects), the redirect of signed-out
 * visitors to /sign-in, and last-seen moved forward on a signed-in page load (tRPC calls do
 * their own), so reading pages keeps a staff session from going idle. Authorization is the
 * procedures' job, never this file's: a token here only means "someone signed in once", the
 * database decides the rest on every request.
 */
export default async function proxy(req: NextRequest) {
  const nonce = newNonce();
  const { NEXTAUTH_URL, NODE_ENV } = env();
  const https = NEXTAUTH_URL ? NEXTAUTH_URL.startsWith("https://") : req.nextUrl.protocol === "https:";
  const csp = contentSecurityPolicy({ nonce, dev: NODE_ENV === "development", https });
  let res: NextResponse;
  const signedInPage = !PUBLIC.test(req.nextUrl.pathname);
  const claims = signedInPage ? await readSessionClaims(req) : null;
  if (signedInPage && !claims) {
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
  const refreshed = claims && !isPrefetch(req) ? await pageVisitCookie(claims, epochSeconds(new Date())) : null;
  if (refreshed) res.headers.append("set-cookie", refreshed);
  return res;
}

// tRPC calls set their own headers (server/http/trpc-handler.ts): skipping the proxy for them
// saves each call a nonce, a policy and a copy of the request headers it would never use.
export const config = {
  matcher: ["/((?!api/trpc|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
