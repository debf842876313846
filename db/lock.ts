import fs from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock between processes: two openers of one folder silently lose writes.
 * A pid file beside the data folder makes a second opener stop with a clear message.
 */
export class DataDirLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockPathFor(dir: string): string {
  return `${path.resolve(dir)}.lock`;
}

/** The pid holding the folder, or null when it is free (a stale lock of a dead process counts as free). */
export function lockHolder(dir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lockPathFor(dir), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dir: string): () => void {
  const file = lockPathFor(dir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = lockHolder(dir);
      if (holder !== null) {
        throw new DataDirLockedError(
          `The data folder ${path.resolve(dir)} is in use by another Upright process (pid ${holder}); stop it first or set UPRIGHT_DATA_DIR to another folder.`,
        );
      }
      // A dead process's lock, or our own from an earlier open: take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data folder ${path.resolve(dir)}.`);
}
