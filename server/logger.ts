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
});

function safeLevel() {
  try {
    return env().LOG_LEVEL;
  } catch {
    return "info";
  }
}
