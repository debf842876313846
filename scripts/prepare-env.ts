import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Fills in what a fresh machine lacks: a NEXTAUTH_SECRET generated once into the data folder
 * (never a fixed one shipped in the repo) and NEXTAUTH_URL from PORT.
 */
export function prepareEnv(): { port: number; dataDir: string } {
  const port = Number(process.env.PORT ?? 3000);
  const dataDir = path.resolve(process.env.UPRIGHT_DATA_DIR ?? ".data");
  process.env.UPRIGHT_DATA_DIR = dataDir;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!process.env.NEXTAUTH_SECRET) {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, "nextauth-secret");
    if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  return { port, dataDir };
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith("prepare-env")) {
  prepareEnv();
}
