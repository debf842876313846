import pino from "pino";
import { env } from "./env";

/** Health data and secrets never reach the log. */
export const logger = pino({
  level: safeLevel(),
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "secret",
      "*.secret",
      "totpSecret",
      "*.totpSecret",
      "note",
      "*.note",
      "body",
      "*.body",
      "painNow",
      "*.painNow",
      "redFlags",
      "*.redFlags",
      "input",
      "*.input",
      "headers.cookie",
      "*.headers.cookie",
    ],
    censor: "[redacted]",
  },
  base: { app: "upright" },
  serializers: { err: safeError },
});

/**
 * Errors keep their type, code and stack, but never the values a query carried: drizzle puts
 * them after "params:" and PostgreSQL quotes them in `detail` ("Key (email)=(...)").
 */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err).slice(0, 200) };
  const clean = (text: string | undefined) => text?.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/g, "\nparams: [redacted]").replace(/\(([^()]*)\)=\([^)]*\)/g, "($1)=([redacted])");
  const e = err as Error & { code?: unknown; cause?: unknown };
  return {
    type: e.name,
    message: clean(e.message),
    code: typeof e.code === "string" ? e.code : undefined,
    stack: clean(e.stack),
    cause: e.cause instanceof Error ? safeError(e.cause) : undefined,
  };
}

function safeLevel() {
  try {
    return env().LOG_LEVEL;
  } catch {
    return "info";
  }
}
