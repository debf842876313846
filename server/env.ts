import path from "node:path";
import { z } from "zod";

/**
 * The only module that reads process.env. Parsed lazily (first use) so that `next build`
 * never needs runtime secrets, and validated once so that a bad value stops start-up with a
 * one-line message naming the variable.
 */
const postgresUrl = z
  .string()
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "postgres:" || u.protocol === "postgresql:") && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, "must look like postgres://user:password@host:5432/database");

const proxies = "must be the number of reverse proxies in front of the app (0 or unset: none)";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  /** "false" behind a pooler in transaction mode (PgBouncer): see openPostgres. */
  DATABASE_PREPARED_STATEMENTS: z.enum(["true", "false"]).default("true"),
  UPRIGHT_DATA_DIR: z.string().default(".data"),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().default("Upright <no-reply@upright.local>"),
  SMTP_SECURE: z.enum(["true", "false"]).default("false"),
  UPRIGHT_DISABLE_SCHEDULER: z.enum(["0", "1"]).default("0"),
  /** How many reverse proxies append to X-Forwarded-For in front of the app ("true" = 1); 0 = the header is ignored. */
  TRUST_PROXY: z.preprocess((v) => (v === "true" ? "1" : v === "false" ? "0" : v), z.coerce.number({ error: proxies }).int(proxies).min(0, proxies).max(10, proxies).default(0)),
  /** Browser tests only: also seed a small organisation of their own (db/seed/e2e-org.ts). */
  UPRIGHT_E2E_FIXTURES: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EnvError(`${issue?.path.join(".") ?? "environment"} ${issue?.message ?? "is invalid"}`);
  }
  cached = parsed.data;
  return cached;
}

export function dataDir(): string {
  return path.resolve(env().UPRIGHT_DATA_DIR);
}
