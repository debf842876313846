import { appDatabase } from "./db";
import { EnvError } from "./env";
import { logger } from "./logger";

export async function startServer() {
  try {
    await appDatabase();
  } catch (err) {
    const message = err instanceof EnvError ? err.message : err instanceof Error ? err.message.split("\n")[0] : String(err);
    console.error(`Upright cannot start: ${message}`);
    process.exit(1);
  }
  logger.info("database ready");
}
