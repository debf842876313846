import { parse as parseCookies } from "cookie";
import { encode, getToken, type JWT } from "next-auth/jwt";
import { LONGEST_SESSION_SECONDS, needsSeenRefresh, sessionState } from "../domain/session-policy";
import { ROLES, type Role } from "../domain/vocab";
import { env } from "../env";
import { decodeSessionToken } from "./session-jwt";

/**
 * One description of the session cookie for next-auth, for reading it and for re-signing it:
 * HttpOnly, SameSite=Lax, and Secure (with the __Secure- prefix) whenever the app is served
 * over HTTPS.
 */
export function sessionCookie() {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return {
    secure,
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

export function sessionSecret(): string | undefined {
  return env().NEXTAUTH_SECRET;
}

/** The claims of the request's session cookie, or null (absent, forged or past the cookie's life). */
export async function readSessionClaims(req: { headers: Headers | Record<string, string>; cookies?: unknown }): Promise<JWT | null> {
  const cookie = sessionCookie();
  return getToken({ req: req as never, secret: sessionSecret(), cookieName: cookie.name, secureCookie: cookie.secure, decode: decodeSessionToken });
}

/** The same for a plain Request, as tRPC calls arrive (route handler or the listener ahead of Next). */
export function readRequestSessionClaims(req: Request): Promise<JWT | null> {
  return readSessionClaims({ headers: req.headers, cookies: parseCookies(req.headers.get("cookie") ?? "") });
}

/**
 * A Set-Cookie header carrying the same session with last-seen moved to now, or null while the
 * stored last-seen is recent enough. Only called for a session that resolveViewer accepted.
 */
export async function refreshedSessionCookie(claims: JWT, nowSeconds: number): Promise<string | null> {
  if (!needsSeenRefresh(claims, nowSeconds)) return null;
  const secret = sessionSecret();
  if (!secret) return null;
  const { iat: _iat, exp: _exp, jti: _jti, ...rest } = claims as JWT & { iat?: number; exp?: number; jti?: string };
  const value = await encode({ token: { ...rest, seenAt: nowSeconds }, secret, maxAge: LONGEST_SESSION_SECONDS });
  const cookie = sessionCookie();
  const expires = new Date((nowSeconds + LONGEST_SESSION_SECONDS) * 1000).toUTCString();
  return [`${cookie.name}=${value}`, "Path=/", `Expires=${expires}`, "HttpOnly", "SameSite=Lax", ...(cookie.secure ? ["Secure"] : [])].join("; ");
}

/**
 * The same refresh for a page load, which the proxy sees before anything reads the database:
 * only for a session still active by its own times and role, so an idle or expired one is never
 * revived. A valid token's role is the person's role (a role change bumps the session version,
 * which ends the session); an unknown one gets the strictest limits. The page itself still
 * checks the database, as every request does.
 */
export async function pageVisitCookie(claims: JWT | null, nowSeconds: number): Promise<string | null> {
  if (!claims) return null;
  const role: Role = ROLES.includes(claims.role as Role) ? (claims.role as Role) : "admin";
  if (sessionState(claims, role, nowSeconds) !== "active") return null;
  return refreshedSessionCookie(claims, nowSeconds);
}
