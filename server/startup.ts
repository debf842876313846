import { appDatabase } from "./db";
import { EnvError, env } from "./env";
import { logger } from "./logger";
import { emailEnabled } from "./services/outbox";
import { startScheduler } from "./services/scheduler";

export async function startServer() {
  try {
    await appDatabase();
  } catch (err) {
    const message = err instanceof EnvError ? err.message : err instanceof Error ? err.message.split("\n")[0] : String(err);
    console.error(`Upright cannot start: ${message}`);
    process.exit(1);
  }
  logger.info("database ready");
  if (!emailEnabled()) logger.info("email is off (no SMTP_HOST): emails wait in the outbox until an SMTP server is set");
  if (env().UPRIGHT_DISABLE_SCHEDULER === "1") {
    logger.info("scheduled check disabled (UPRIGHT_DISABLE_SCHEDULER=1)");
    return;
  }
  startScheduler(async () => (await appDatabase()).db);
}
