import { TRPCError } from "@trpc/server";
import { NOT_ANSWERING } from "../../db/watched-pool";

const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECT_TIMEOUT", "CONNECTION_DESTROYED", "57P01", "57P03", NOT_ANSWERING]);

/** Whether an error (or one of its causes) says the database cannot be reached. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 5) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  if (err instanceof Error && err.message === "timeout") return true;
  return isDatabaseUnavailable((err as { cause?: unknown }).cause, depth + 1);
}

/** Someone else's record answers exactly like one that does not exist. */
export function notFound(what: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `${what} not found.` });
}

export function badRequest(message: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message });
}

export function conflict(message: string): TRPCError {
  return new TRPCError({ code: "CONFLICT", message });
}

/** Postgres unique violation on a given constraint, through drizzle's wrapping. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  let e: unknown = err;
  for (let i = 0; i < 5 && e && typeof e === "object"; i++) {
    const o = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (o.code === "23505") return !constraint || o.constraint === constraint || o.constraint_name === constraint;
    e = o.cause;
  }
  return false;
}

/**
 * A value the database itself refused (wrong type or range, a byte PostgreSQL cannot store,
 * a broken constraint). The input got past validation, so it is answered as the caller's
 * mistake in plain words, never with the database's message (which quotes SQL and values).
 */
export function databaseRefusal(err: unknown): TRPCError | null {
  let e: unknown = err;
  for (let i = 0; i < 6 && e && typeof e === "object"; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) {
      if (code === "23505") return new TRPCError({ code: "CONFLICT", message: "This exists already, or was saved at the same moment by another request. Please reload and try again." });
      if (code.startsWith("22") || code === "23502" || code === "23503" || code === "23514") {
        return new TRPCError({ code: "BAD_REQUEST", message: "Some of the values sent are not valid. Please check them and try again." });
      }
      return null;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
