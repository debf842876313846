import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "../db";
import { authenticate } from "./credentials";

const TWELVE_HOURS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: TWELVE_HOURS },
  providers: [
    Credentials({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const user = await authenticate(await db(), credentials);
        if (!user) return null;
        return { id: user.id, name: user.name, email: user.email, role: user.role, orgId: user.orgId, sv: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; role: string; orgId: string; sv: number };
        token.uid = u.id;
        token.role = u.role;
        token.orgId = u.orgId;
        token.sv = u.sv;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { name: session.user?.name, email: session.user?.email, role: token.role } };
    },
  },
};
