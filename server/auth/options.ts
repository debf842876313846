import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "../db";
import { epochSeconds, LONGEST_SESSION_SECONDS, sessionState } from "../domain/session-policy";
import { ROLES, type Role } from "../domain/vocab";
import { clientAddress } from "./client-address";
import { attemptSignIn } from "./credentials";
import { sessionCookie } from "./session-cookie";
import { decodeSessionToken } from "./session-jwt";
import { CODE_INVALID_ERROR, CODE_REQUIRED_ERROR, THROTTLED_ERROR } from "./sign-in-errors";


/** Built per request so that the cookie settings follow the running environment, not the build's. */
export function authOptions(): NextAuthOptions {
  const cookie = sessionCookie();
  return {
    pages: { signIn: "/sign-in" },
    // The cookie outlives every session; resolveViewer applies each role's idle and absolute limits.
    session: { strategy: "jwt", maxAge: LONGEST_SESSION_SECONDS },
    jwt: { decode: decodeSessionToken },
    useSecureCookies: cookie.secure,
    cookies: { sessionToken: { name: cookie.name, options: cookie.options } },
    providers: [
      Credentials({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Code from your authenticator app", type: "text" },
        },
        async authorize(credentials, req) {
          const result = await attemptSignIn(await db(), credentials, { ip: clientAddress(req?.headers ?? {}) });
          if (!result.ok) {
            if (result.reason === "throttled") throw new Error(THROTTLED_ERROR);
            if (result.reason === "code-required") throw new Error(CODE_REQUIRED_ERROR);
            if (result.reason === "code-invalid") throw new Error(CODE_INVALID_ERROR);
            return null;
          }
          const { user } = result;
          return { id: user.id, name: user.name, email: user.email, role: user.role, orgId: user.orgId, sv: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        const now = epochSeconds(new Date());
        if (user) {
          const u = user as unknown as { id: string; role: string; orgId: string; sv: number };
          return { ...token, uid: u.id, role: u.role, orgId: u.orgId, sv: u.sv, authAt: now, seenAt: now };
        }
        // next-auth's own session endpoint: keep last-seen moving only while the session is alive.
        const role = ROLES.includes(token.role as Role) ? (token.role as Role) : "admin";
        if (sessionState(token, role, now) === "active") token.seenAt = now;
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { name: session.user?.name, email: session.user?.email, role: token.role } };
      },
    },
  };
}
