import "next-auth/jwt";

/** What Upright keeps in the session token: who signed in and when. Everything else comes from the database. */
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    orgId?: string;
    sv?: number;
    /** Seconds since the epoch: when the person signed in, and when a request last used the session. */
    authAt?: number;
    seenAt?: number;
  }
}
